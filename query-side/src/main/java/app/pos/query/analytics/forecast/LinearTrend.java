package app.pos.query.analytics.forecast;

import java.math.BigDecimal;
import java.util.List;

/**
 * A straight line through equally spaced values by ordinary least squares, continued forward with an
 * 80 % prediction interval (Student t on the residual standard error, n - 2 degrees of freedom). With
 * fewer than three values there is no residual to learn a spread from: the last value is carried
 * forward flat, with no interval.
 */
public final class LinearTrend {

    public static final String FITTED = "least-squares linear trend over the complete months, 80% prediction "
            + "interval from the residual standard error (Student t)";
    public static final String CARRIED = "fewer than three complete months: the last month carried forward, "
            + "no interval";

    private LinearTrend() {
    }

    public record Prediction(BigDecimal expected, BigDecimal lower, BigDecimal upper) {
    }

    public static boolean canFit(int values) {
        return values >= 3;
    }

    /** The fitted change from one value to the next (zero when there is nothing to fit). */
    public static BigDecimal slope(List<BigDecimal> values) {
        if (values.size() < 2) {
            return BigDecimal.ZERO;
        }
        double[] y = values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        return DemandModel.exact(slopeOf(y));
    }

    /** The value {@code stepsAhead} steps after the last one. */
    public static Prediction predict(List<BigDecimal> values, int stepsAhead) {
        if (values.isEmpty()) {
            return new Prediction(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        if (!canFit(values.size())) {
            BigDecimal last = values.get(values.size() - 1);
            return new Prediction(last, last, last);
        }
        double[] y = values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        int n = y.length;
        double meanX = (n - 1) / 2.0;
        double meanY = 0;
        for (double value : y) {
            meanY += value / n;
        }
        double slope = slopeOf(y);
        double intercept = meanY - slope * meanX;
        double squaredResiduals = 0;
        double spreadX = 0;
        for (int x = 0; x < n; x++) {
            double residual = y[x] - (intercept + slope * x);
            squaredResiduals += residual * residual;
            spreadX += (x - meanX) * (x - meanX);
        }
        double residualError = Math.sqrt(squaredResiduals / (n - 2));
        double x0 = n - 1 + stepsAhead;
        double expected = intercept + slope * x0;
        double margin = Confidence.t80(n - 2).doubleValue() * residualError
                * Math.sqrt(1 + 1.0 / n + (x0 - meanX) * (x0 - meanX) / spreadX);
        return new Prediction(DemandModel.exact(expected), DemandModel.exact(expected - margin),
                DemandModel.exact(expected + margin));
    }

    private static double slopeOf(double[] y) {
        int n = y.length;
        double meanX = (n - 1) / 2.0;
        double meanY = 0;
        for (double value : y) {
            meanY += value / n;
        }
        double covariance = 0;
        double spreadX = 0;
        for (int x = 0; x < n; x++) {
            covariance += (x - meanX) * (y[x] - meanY);
            spreadX += (x - meanX) * (x - meanX);
        }
        return covariance / spreadX;
    }
}
