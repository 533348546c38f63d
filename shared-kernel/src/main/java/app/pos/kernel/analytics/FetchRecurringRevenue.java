package app.pos.kernel.analytics;

import java.time.LocalDate;
import java.util.UUID;

/** The {@code months} complete calendar months before the one {@code today} falls in. */
public record FetchRecurringRevenue(UUID businessId, LocalDate today, String timeZone, int months) {
}
