package app.pos.kernel.sales;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;

import java.util.UUID;

/** A line as the till asks for it: {@code discount} is per unit. Prices come from the catalog. */
public record CartLine(UUID productId, Quantity quantity, Money discount) {
}
