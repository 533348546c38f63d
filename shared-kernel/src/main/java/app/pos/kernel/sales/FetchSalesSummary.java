package app.pos.kernel.sales;

import java.time.Instant;
import java.util.UUID;

/** Completed sales in [from, to). */
public record FetchSalesSummary(UUID businessId, Instant from, Instant to) {
}
