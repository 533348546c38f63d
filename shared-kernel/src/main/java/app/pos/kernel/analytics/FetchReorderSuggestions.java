package app.pos.kernel.analytics;

import java.time.LocalDate;
import java.util.UUID;

/** What to buy so stock lasts {@code coverDays} after an order placed today arrives {@code leadTimeDays} later. */
public record FetchReorderSuggestions(UUID businessId, LocalDate today, String timeZone, int leadTimeDays,
                                      int coverDays) {
}
