package app.pos.kernel.catalog;

import app.pos.kernel.paging.PageRequest;

import java.util.UUID;

/** Every filter is optional; {@code search} matches name, SKU and barcode. */
public record ListProducts(UUID businessId, String search, String category, ProductStatus status, boolean lowStockOnly,
                           PageRequest page) {
}
