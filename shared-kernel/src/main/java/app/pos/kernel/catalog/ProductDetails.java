package app.pos.kernel.catalog;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a product is and how it is sold. {@code taxRate} is a percentage; {@code null} means the
 * store's default rate applies.
 */
public record ProductDetails(String name, String sku, String barcode, String category, Unit unit, Money price,
                             Money costPrice, BigDecimal taxRate, Quantity minStockLevel, LocalDate expiryDate) {
}
