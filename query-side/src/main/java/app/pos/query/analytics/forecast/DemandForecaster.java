package app.pos.query.analytics.forecast;

import java.math.BigDecimal;
import java.util.List;

/** Picks the model a product's history can support: a weekly pattern from four weeks on, an average before. */
public final class DemandForecaster {

    private DemandForecaster() {
    }

    /** {@code history}: units sold on each complete store day, oldest first. */
    public static DemandModel forecast(List<BigDecimal> history, int horizon) {
        if (history.isEmpty()) {
            return DemandModel.none("no history yet: nothing expected", horizon);
        }
        if (history.stream().allMatch(units -> units.signum() == 0)) {
            return DemandModel.none("no sales in the " + history.size() + " days of history: nothing expected",
                    horizon);
        }
        return history.size() >= HoltWinters.MINIMUM_HISTORY
                ? HoltWinters.fit(history, horizon)
                : AverageDemand.fit(history, horizon);
    }
}
