package app.pos.query.analytics.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;

/**
 * What a demand model expects day by day from the first day after its history, and how uncertain the
 * total over the first h of those days is: {@code sumStandardDeviations.get(h - 1)}. Kept as exact
 * decimals (six places) so callers add and compare without binary floating point.
 */
public record DemandModel(String method, List<BigDecimal> daily, List<BigDecimal> sumStandardDeviations) {

    static final int SCALE = 6;

    public static DemandModel none(String method, int horizon) {
        List<BigDecimal> zeros = Collections.nCopies(horizon, BigDecimal.ZERO.setScale(SCALE));
        return new DemandModel(method, zeros, zeros);
    }

    public int horizon() {
        return daily.size();
    }

    /** Units expected over the first {@code days} days. */
    public BigDecimal total(int days) {
        return daily.subList(0, days).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal standardDeviation(int days) {
        return days == 0 ? BigDecimal.ZERO : sumStandardDeviations.get(days - 1);
    }

    /** The total over {@code days} days, give or take {@code z} standard deviations, never below zero. */
    public Interval interval(int days, BigDecimal z) {
        BigDecimal expected = total(days);
        BigDecimal spread = z.multiply(standardDeviation(days));
        return new Interval(expected, expected.subtract(spread).max(BigDecimal.ZERO), expected.add(spread));
    }

    public record Interval(BigDecimal expected, BigDecimal lower, BigDecimal upper) {

        public Interval rounded(int scale) {
            return new Interval(expected.setScale(scale, RoundingMode.HALF_UP),
                    lower.setScale(scale, RoundingMode.HALF_UP), upper.setScale(scale, RoundingMode.HALF_UP));
        }
    }

    static BigDecimal exact(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
