package app.pos.kernel.stock;

import app.pos.kernel.paging.PageRequest;

import java.util.UUID;

public record ListStockMovements(UUID businessId, UUID productId, PageRequest page) {
}
