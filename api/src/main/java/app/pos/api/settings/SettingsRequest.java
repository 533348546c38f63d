package app.pos.api.settings;

import app.pos.kernel.money.Money;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.stock.Quantity;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** {@code approvalThreshold} null: no bill needs approval. {@code timeZone}: an IANA zone such as Asia/Kolkata. */
public record SettingsRequest(
        @NotBlank @Size(max = 200) String storeName,
        @Size(max = 30) @Nullable String contactNumber,
        @Size(max = 500) @Nullable String address,
        @NotBlank @Size(max = 8) String currencySymbol,
        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) @Nullable BigDecimal taxRate,
        @DecimalMin("0") @Digits(integer = 11, fraction = 3) @Nullable BigDecimal minStockDefault,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal approvalThreshold,
        boolean allowNegativeStock,
        @Size(max = 1000) @Nullable String receiptHeader,
        @Size(max = 1000) @Nullable String receiptFooter,
        @Size(max = 64) @Nullable String timeZone) {

    public StoreSettings settings() {
        return new StoreSettings(storeName, contactNumber, address, currencySymbol,
                taxRate == null ? BigDecimal.ZERO : taxRate,
                minStockDefault == null ? Quantity.ZERO : Quantity.of(minStockDefault),
                approvalThreshold == null ? null : Money.of(approvalThreshold), allowNegativeStock, receiptHeader,
                receiptFooter, timeZone);
    }
}
