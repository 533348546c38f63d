package app.pos.kernel.catalog;

import java.time.LocalDate;
import java.util.UUID;

/** Products still on the shelf whose expiry date is on or before {@code until}. */
public record ListExpiringProducts(UUID businessId, LocalDate until) {
}
