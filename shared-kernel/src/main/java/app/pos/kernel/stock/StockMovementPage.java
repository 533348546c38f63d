package app.pos.kernel.stock;

import java.util.List;

public record StockMovementPage(List<StockMovementView> items, long total) {
}
