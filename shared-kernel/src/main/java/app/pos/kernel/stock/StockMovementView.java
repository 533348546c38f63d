package app.pos.kernel.stock;

import java.time.Instant;
import java.util.UUID;

public record StockMovementView(UUID id, UUID productId, MovementType movementType, Quantity quantityChange,
                                Quantity stockBefore, Quantity stockAfter, UUID referenceId, String notes,
                                UUID createdBy, Instant createdAt) {
}
