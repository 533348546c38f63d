package app.pos.query.analytics.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Additive Holt-Winters with a damped trend and a weekly season, over daily demand. Level, trend and
 * season start from the first two weeks; the smoothing weights are the pair on a small grid with the
 * least squared one-step-ahead error. The spread of a total over h days comes from the model's
 * innovations form (Hyndman et al., Forecasting with Exponential Smoothing, ch. 6): the one-step error
 * variance, carried forward through the weights, so uncertainty grows with the horizon.
 */
public final class HoltWinters {

    public static final int SEASON = 7;
    public static final int MINIMUM_HISTORY = 4 * SEASON;
    static final String METHOD = "Holt-Winters additive with damped trend (phi 0.9) and weekly seasonality "
            + "over daily units, weights chosen by least one-step squared error";

    private static final BigDecimal DAMPING = new BigDecimal("0.9");
    private static final List<BigDecimal> ALPHAS = decimals("0.1", "0.2", "0.3", "0.5", "0.7");
    private static final List<BigDecimal> BETAS = decimals("0.01", "0.05", "0.1", "0.2");
    private static final List<BigDecimal> GAMMAS = decimals("0.05", "0.1", "0.2", "0.3", "0.5");

    private HoltWinters() {
    }

    /** Forecasts for the {@code horizon} days after the history, which holds at least four weeks. */
    public static DemandModel fit(List<BigDecimal> history, int horizon) {
        double[] y = history.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        if (y.length < MINIMUM_HISTORY) {
            throw new IllegalArgumentException("Holt-Winters needs " + MINIMUM_HISTORY + " days, got " + y.length);
        }
        double[] best = null;
        double bestError = Double.MAX_VALUE;
        for (BigDecimal alpha : ALPHAS) {
            for (BigDecimal beta : BETAS) {
                for (BigDecimal gamma : GAMMAS) {
                    double[] weights = {alpha.doubleValue(), beta.doubleValue(), gamma.doubleValue()};
                    double error = run(y, weights, new double[SEASON + 2]);
                    if (error < bestError - 1e-9) {
                        bestError = error;
                        best = weights;
                    }
                }
            }
        }
        double[] state = new double[SEASON + 2];
        double squaredErrors = run(y, best, state);
        double sigma = Math.sqrt(squaredErrors / (y.length - SEASON));
        return forecast(y.length, best, state, sigma, horizon);
    }

    /**
     * Smooths the series with the given weights, leaving level, trend and the seven seasonal terms in
     * {@code state} (indexed by day position modulo 7); returns the sum of squared one-step errors.
     */
    private static double run(double[] y, double[] weights, double[] state) {
        double alpha = weights[0];
        double beta = weights[1];
        double gamma = weights[2];
        double damping = DAMPING.doubleValue();
        double firstWeek = mean(y, 0);
        double level = firstWeek;
        double trend = (mean(y, SEASON) - firstWeek) / SEASON;
        double[] season = new double[SEASON];
        for (int i = 0; i < SEASON; i++) {
            season[i] = y[i] - firstWeek;
        }
        double squaredErrors = 0;
        for (int t = SEASON; t < y.length; t++) {
            int s = t % SEASON;
            double predicted = level + damping * trend + season[s];
            double error = y[t] - predicted;
            squaredErrors += error * error;
            double previousLevel = level;
            level = alpha * (y[t] - season[s]) + (1 - alpha) * (level + damping * trend);
            trend = beta * (level - previousLevel) + (1 - beta) * damping * trend;
            season[s] = gamma * (y[t] - level) + (1 - gamma) * season[s];
        }
        state[0] = level;
        state[1] = trend;
        System.arraycopy(season, 0, state, 2, SEASON);
        return squaredErrors;
    }

    private static DemandModel forecast(int n, double[] weights, double[] state, double sigma, int horizon) {
        double alpha = weights[0];
        double beta = weights[1];
        double gamma = weights[2];
        double damping = DAMPING.doubleValue();
        List<BigDecimal> daily = new ArrayList<>(horizon);
        List<BigDecimal> spreads = new ArrayList<>(horizon);
        double damped = 0;
        double carried = 0;
        double variance = 0;
        for (int j = 1; j <= horizon; j++) {
            damped += Math.pow(damping, j);
            double expected = state[0] + damped * state[1] + state[2 + (n + j - 1) % SEASON];
            daily.add(DemandModel.exact(Math.max(0, expected)));
            // The error of a total over j days weighs the innovation j days back by (1 + c_1 + ... + c_(j-1)).
            variance += (1 + carried) * (1 + carried);
            spreads.add(DemandModel.exact(sigma * Math.sqrt(variance)));
            double seasonal = j % SEASON == 0 ? gamma * (1 - alpha) : 0;
            carried += alpha * (1 + beta * damped) + seasonal;
        }
        return new DemandModel(METHOD, daily, spreads);
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static double mean(double[] y, int from) {
        double sum = 0;
        for (int i = from; i < from + SEASON; i++) {
            sum += y[i];
        }
        return sum / SEASON;
    }
}
