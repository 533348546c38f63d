package app.pos.kernel.audit;

import app.pos.kernel.stock.Quantity;

import java.time.Instant;
import java.util.UUID;

/** {@code eventsApplied}: how many of the product's events the figure was folded from. */
public record StockAsOf(UUID productId, String name, Quantity stockQuantity, Instant asOf, Instant lastChangedAt,
                        long eventsApplied) {
}
