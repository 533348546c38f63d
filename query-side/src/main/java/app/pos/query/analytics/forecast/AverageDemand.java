package app.pos.query.analytics.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * For history too short to show a weekly pattern: every coming day sells the average of the days seen.
 * The spread of a total over h days counts both the days' own scatter and the error in the average:
 * s * sqrt(h + h^2 / n), with s the sample standard deviation of n days.
 */
public final class AverageDemand {

    private AverageDemand() {
    }

    public static DemandModel fit(List<BigDecimal> history, int horizon) {
        int n = history.size();
        if (n == 0) {
            throw new IllegalArgumentException("an average needs at least one day");
        }
        double[] y = history.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        double mean = 0;
        for (double units : y) {
            mean += units / n;
        }
        double squares = 0;
        for (double units : y) {
            squares += (units - mean) * (units - mean);
        }
        double sigma = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        List<BigDecimal> daily = new ArrayList<>(horizon);
        List<BigDecimal> spreads = new ArrayList<>(horizon);
        for (int h = 1; h <= horizon; h++) {
            daily.add(DemandModel.exact(mean));
            spreads.add(DemandModel.exact(sigma * Math.sqrt(h + (double) h * h / n)));
        }
        return new DemandModel("average daily units over the " + n + " days of history (too short for a weekly "
                + "pattern)", daily, spreads);
    }
}
