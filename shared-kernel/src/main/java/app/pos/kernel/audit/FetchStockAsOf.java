package app.pos.kernel.audit;

import java.time.Instant;
import java.util.UUID;

/** A product's stock as it stood at {@code asOf}, folded from the product's own events. */
public record FetchStockAsOf(UUID businessId, UUID productId, Instant asOf) {
}
