package app.pos.kernel.stock;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The one way a product's stock ever changes. {@code referenceId} points at what caused it (the sale
 * for a SALE); {@code performedBy} is the user.
 */
@Revision("1")
public record StockMoved(UUID productId, UUID businessId, MovementType type, Quantity quantityChange,
                         Quantity stockBefore, Quantity stockAfter, String reason, UUID referenceId,
                         UUID performedBy, Instant occurredAt) {
}
