package app.pos.kernel.analytics;

import java.time.LocalDate;
import java.util.UUID;

/** Udhaar outstanding at the end of the store day {@code asOf}. */
public record FetchCreditAging(UUID businessId, LocalDate asOf, String timeZone) {
}
