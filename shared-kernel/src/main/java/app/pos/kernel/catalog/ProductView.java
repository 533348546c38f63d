package app.pos.kernel.catalog;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ProductView(UUID id, UUID businessId, String name, @Nullable String sku, @Nullable String barcode,
                          @Nullable String category, Unit unit, Money price, @Nullable Money costPrice,
                          @Nullable BigDecimal taxRate, Quantity stockQuantity, Quantity minStockLevel,
                          @Nullable LocalDate expiryDate, ProductStatus status, Instant createdAt, Instant updatedAt) {
}
