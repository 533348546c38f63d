package app.pos.kernel.sales;

import app.pos.kernel.money.Money;

/** {@code cashSales}: bills paid in full; {@code creditSales}: bills with some udhaar. */
public record SalesSummary(Money totalAmount, long billsCount, long cashSales, long creditSales,
                           Money cashCollected, Money creditGiven) {
}
