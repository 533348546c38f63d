package app.pos.kernel.settings;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;

import java.math.BigDecimal;

/**
 * How a store runs. {@code taxRate} is the default percentage for products without their own;
 * {@code approvalThreshold} null means no bill ever needs approval; {@code timeZone} decides what "today" is.
 */
public record StoreSettings(String storeName, String contactNumber, String address, String currencySymbol,
                            BigDecimal taxRate, Quantity minStockDefault, Money approvalThreshold,
                            boolean allowNegativeStock, String receiptHeader, String receiptFooter, String timeZone) {
}
