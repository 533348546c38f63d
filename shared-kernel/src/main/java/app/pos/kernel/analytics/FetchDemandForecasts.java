package app.pos.kernel.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Forecasts from {@code today} on for one product, or (productId null) for the {@code limit} products that
 * sold most units in the last four weeks.
 */
public record FetchDemandForecasts(UUID businessId, LocalDate today, String timeZone, UUID productId,
                                   List<Integer> horizons, int limit) {
}
