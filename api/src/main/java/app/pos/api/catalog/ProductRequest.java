package app.pos.api.catalog;

import app.pos.kernel.catalog.ProductDetails;
import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.catalog.Unit;
import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A product as the back office sends it. {@code stockQuantity} is the opening stock, on creation only. */
public record ProductRequest(
        @Nullable UUID id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) @Nullable String sku,
        @Size(max = 100) @Nullable String barcode,
        @Size(max = 100) @Nullable String category,
        @NotNull Unit unit,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal price,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal costPrice,
        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) @Nullable BigDecimal taxRate,
        @DecimalMin("0") @Digits(integer = 11, fraction = 3) @Nullable BigDecimal stockQuantity,
        @DecimalMin("0") @Digits(integer = 11, fraction = 3) @Nullable BigDecimal minStockLevel,
        @Nullable LocalDate expiryDate,
        @Nullable ProductStatus status) {

    ProductDetails details() {
        return new ProductDetails(name, sku, barcode, category, unit, Money.of(price),
                costPrice == null ? null : Money.of(costPrice), taxRate,
                minStockLevel == null ? null : Quantity.of(minStockLevel), expiryDate);
    }

    Quantity openingStock() {
        return stockQuantity == null ? Quantity.ZERO : Quantity.of(stockQuantity);
    }
}
