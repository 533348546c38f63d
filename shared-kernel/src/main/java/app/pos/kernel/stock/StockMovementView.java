package app.pos.kernel.stock;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

public record StockMovementView(UUID id, UUID productId, MovementType movementType, Quantity quantityChange,
                                Quantity stockBefore, Quantity stockAfter, @Nullable UUID referenceId,
                                @Nullable String notes, UUID createdBy, Instant createdAt) {
}
