package app.pos.kernel.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Units each product is expected to sell in the next 30, 60 or 90 days (today included), with an interval
 * that holds the outcome with {@code confidencePercent} probability under the model, learned from daily
 * sales on complete store days from {@code historyFrom} to {@code historyTo}.
 */
public record DemandForecasts(LocalDate asOf, String timeZone, LocalDate historyFrom, LocalDate historyTo,
                              int confidencePercent, List<ProductForecast> items) {

    public record ProductForecast(UUID productId, String name, String unit, long historyDays,
                                  BigDecimal unitsSoldInHistory, String method, List<ForecastHorizon> forecasts) {
    }

    public record ForecastHorizon(int days, BigDecimal expectedUnits, BigDecimal lower, BigDecimal upper) {
    }
}
