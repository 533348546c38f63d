package app.pos.kernel.stock;

import java.util.UUID;

public record StockChange(UUID productId, Quantity stockBefore, Quantity stockAfter) {
}
