package app.pos.kernel.catalog;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ProductView(UUID id, UUID businessId, String name, String sku, String barcode, String category,
                          Unit unit, Money price, Money costPrice, BigDecimal taxRate, Quantity stockQuantity,
                          Quantity minStockLevel, LocalDate expiryDate, ProductStatus status, Instant createdAt,
                          Instant updatedAt) {
}
