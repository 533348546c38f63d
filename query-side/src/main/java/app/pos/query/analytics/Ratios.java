package app.pos.query.analytics;

import app.pos.kernel.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Averages and percentages of exact figures, rounded half-up once, at the end. */
final class Ratios {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    /** The average bill: zero when there were no bills. */
    static Money average(Money total, long count) {
        return count == 0 ? Money.ZERO : Money.of(total.amount().divide(BigDecimal.valueOf(count), Money.SCALE,
                RoundingMode.HALF_UP));
    }

    /** {@code part} as a percentage of {@code whole}, two decimals; null when the whole is zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** A share of a whole, in percent: zero of nothing is 0.00 %. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(2) : percent(part, whole);
    }

    static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** How much {@code current} rose (or fell) against {@code previous}, in percent; null without a previous. */
    static BigDecimal change(BigDecimal current, BigDecimal previous) {
        return previous.signum() == 0 ? null : percent(current.subtract(previous), previous);
    }
}
