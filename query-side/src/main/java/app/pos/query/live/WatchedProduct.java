package app.pos.query.live;

import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.dashboard.StockAlert;
import app.pos.kernel.dashboard.StockAlert.Kind;
import app.pos.kernel.stock.Quantity;

import io.r2dbc.spi.Readable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static app.pos.query.shared.Rows.*;

/** What the alerts need to know of a product. */
record WatchedProduct(UUID productId, String name, String unit, Quantity minStock, LocalDate expiryDate,
                      Quantity stock, ProductStatus status) {

    /** The columns {@link #from} reads, from {@code product_view}. */
    static final String COLUMNS = "id, name, unit, min_stock_level, expiry_date, stock_quantity, status";

    static WatchedProduct from(Readable row) {
        return new WatchedProduct(uuid(row, "id"), text(row, "name"), text(row, "unit").toLowerCase(Locale.ROOT),
                quantity(row, "min_stock_level"), date(row, "expiry_date"), quantity(row, "stock_quantity"),
                enumOf(row, "status", ProductStatus.class));
    }

    WatchedProduct withStock(Quantity stock) {
        return new WatchedProduct(productId, name, unit, minStock, expiryDate, stock, status);
    }

    /** The dashboard counts a product as low while its stock is under its minimum; the alert fires on entering. */
    Optional<StockAlert> lowStockAfter(Quantity before) {
        boolean crossed = !before.isLessThan(minStock) && stock.isLessThan(minStock);
        return crossed && status == ProductStatus.ACTIVE
                ? Optional.of(new StockAlert(Kind.LOW_STOCK, productId, name, stock, minStock, unit, null, null))
                : Optional.empty();
    }

    /** Stock on the shelf that expires within the warning window of {@code today}. */
    Optional<StockAlert> expiringAsOf(LocalDate today, int warningDays) {
        boolean expiring = expiryDate != null && !expiryDate.isAfter(today.plusDays(warningDays))
                && stock.isPositive() && status == ProductStatus.ACTIVE;
        return expiring
                ? Optional.of(new StockAlert(Kind.EXPIRING, productId, name, stock, minStock, unit, expiryDate,
                        ChronoUnit.DAYS.between(today, expiryDate)))
                : Optional.empty();
    }

    /** One expiry alert per product and expiry date, however often it is noticed. */
    String expiryKey() {
        return "expiring:" + productId + ":" + expiryDate;
    }
}
