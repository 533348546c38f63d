package app.pos.kernel.analytics;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Best sellers of the period. A product's {@code revenue} is its lines' totals: after discounts, before tax. */
public record TopProducts(LocalDate from, LocalDate to, String timeZone, String by, int limit,
                          List<RankedProduct> items) {

    public record RankedProduct(int rank, UUID productId, String name, String unit, Money revenue, Quantity quantity,
                                long bills) {
    }
}
