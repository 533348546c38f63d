package app.pos.kernel.sales;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;

import java.math.BigDecimal;
import java.util.UUID;

/** A cart line priced from the catalog: unit price, per-unit discount and the tax rate (%) that applies. */
public record PricedLine(UUID productId, String productName, Quantity quantity, Money unitPrice, Money discount,
                         BigDecimal taxRate) {
}
