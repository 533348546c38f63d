package app.pos.api.catalog;

import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.catalog.ProductView;
import app.pos.kernel.catalog.Unit;
import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ProductResponse(UUID id, String name, @Nullable String sku, @Nullable String barcode,
                              @Nullable String category, Unit unit, Money price, @Nullable Money costPrice,
                              @Nullable BigDecimal taxRate, Quantity stockQuantity, Quantity minStockLevel,
                              @Nullable LocalDate expiryDate, ProductStatus status, Instant createdAt,
                              Instant updatedAt) {

    static ProductResponse of(ProductView view) {
        return new ProductResponse(view.id(), view.name(), view.sku(), view.barcode(), view.category(), view.unit(),
                view.price(), view.costPrice(), view.taxRate(), view.stockQuantity(), view.minStockLevel(),
                view.expiryDate(), view.status(), view.createdAt(), view.updatedAt());
    }
}
