package app.pos.kernel.sales;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;

import java.math.BigDecimal;
import java.util.UUID;

/** {@code lineTotal} is quantity × (unit price − discount), before tax. */
public record BillLine(UUID productId, String productName, Quantity quantity, Money unitPrice, Money discount,
                       BigDecimal taxRate, Money lineTotal) {
}
