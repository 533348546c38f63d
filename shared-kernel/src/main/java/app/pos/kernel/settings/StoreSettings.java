package app.pos.kernel.settings;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * How a store runs. {@code taxRate} is the default percentage for products without their own;
 * {@code approvalThreshold} null means no bill ever needs approval; {@code timeZone} decides what "today" is.
 */
public record StoreSettings(String storeName, @Nullable String contactNumber, @Nullable String address,
                            String currencySymbol, BigDecimal taxRate, Quantity minStockDefault,
                            @Nullable Money approvalThreshold, boolean allowNegativeStock,
                            @Nullable String receiptHeader, @Nullable String receiptFooter, String timeZone) {
}
