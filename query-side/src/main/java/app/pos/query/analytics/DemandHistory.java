package app.pos.query.analytics;

import app.pos.kernel.stock.Quantity;
import app.pos.query.shared.Params;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.decimal;
import static app.pos.query.shared.Rows.instant;
import static app.pos.query.shared.Rows.number;
import static app.pos.query.shared.Rows.quantity;
import static app.pos.query.shared.Rows.text;
import static app.pos.query.shared.Rows.uuid;

/**
 * Units sold per product per store day, summed in the database: at most one row per product and day of
 * the history window, which is all the forecasting models need to see.
 */
@Component
class DemandHistory {

    /** Thirteen weeks of complete days: enough for a weekly pattern, recent enough to matter. */
    static final int DAYS = 91;
    /** Products are ranked by the units they sold in the last four weeks. */
    static final int RECENT_DAYS = 28;

    private final Reads reads;

    DemandHistory(Reads reads) {
        this.reads = reads;
    }

    /** A product as its forecast needs it. */
    record Product(UUID id, String name, String unit, Quantity stock, Quantity minStockLevel, LocalDate createdOn) {
    }

    /** Daily units sold, oldest first, from the later of the window's start and the day the product was added. */
    record Series(Product product, LocalDate from, List<BigDecimal> units) {

        BigDecimal total() {
            return units.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    Mono<Product> product(UUID businessId, UUID productId, StoreCalendar calendar) {
        return reads.one("SELECT * FROM product_view WHERE business_id = :businessId AND id = :id",
                params().uuid("businessId", businessId).uuid("id", productId), row -> product(row, calendar));
    }

    Mono<List<Product>> activeProducts(UUID businessId, StoreCalendar calendar) {
        return reads.all("SELECT * FROM product_view WHERE business_id = :businessId AND status = 'ACTIVE'",
                params().uuid("businessId", businessId), row -> product(row, calendar)).collectList();
    }

    /** The products that sold most units in the four weeks before {@code today}, best first. */
    Mono<List<Product>> bestSellers(UUID businessId, LocalDate today, int limit, StoreCalendar calendar) {
        return reads.all("""
                        SELECT p.*, recent.units FROM (
                            SELECT l.product_id, SUM(l.quantity) AS units
                            FROM sale_view s JOIN sale_line_view l ON l.sale_id = s.id
                            WHERE %s
                            GROUP BY l.product_id) recent
                        JOIN product_view p ON p.id = recent.product_id AND p.business_id = :businessId
                        ORDER BY recent.units DESC, p.name, p.id LIMIT :limit""".formatted(CompletedSales.IN_WINDOW),
                CompletedSales.window(businessId, calendar.startOf(today.minusDays(RECENT_DAYS)),
                        calendar.startOf(today)).integer("limit", limit),
                row -> product(row, calendar)).collectList();
    }

    /** Each product's daily units over the {@link #DAYS} complete days before {@code today}. */
    Mono<List<Series>> series(UUID businessId, LocalDate today, Collection<Product> products, StoreCalendar calendar) {
        if (products.isEmpty()) {
            return Mono.just(List.of());
        }
        return series(businessId, today, products, calendar, "l.product_id IN (:products)",
                params -> params.list("products", products.stream().map(Product::id).toList()));
    }

    /** The same for every active product, picked out by the database rather than by a list of ids. */
    Mono<List<Series>> activeSeries(UUID businessId, LocalDate today, Collection<Product> active,
                                    StoreCalendar calendar) {
        return series(businessId, today, active, calendar, """
                l.product_id IN (SELECT id FROM product_view WHERE business_id = :businessId AND status = 'ACTIVE')""",
                params -> params);
    }

    private Mono<List<Series>> series(UUID businessId, LocalDate today, Collection<Product> products,
                                      StoreCalendar calendar, String whichProducts, UnaryOperator<Params> bind) {
        LocalDate from = today.minusDays(DAYS);
        Instant start = calendar.startOf(from);
        Instant end = calendar.startOf(today);
        Params params = bind.apply(CompletedSales.window(businessId, start, end));
        String day = StoreCalendar.epochDay(calendar.localSeconds("s.completed_at", start, end));
        return reads.all("""
                        SELECT product_id, sold_on, SUM(quantity) AS units
                        FROM (SELECT l.product_id, l.quantity, %s AS sold_on
                              FROM sale_view s JOIN sale_line_view l ON l.sale_id = s.id
                              WHERE %s AND %s) sold
                        GROUP BY product_id, sold_on""".formatted(day, CompletedSales.IN_WINDOW, whichProducts),
                        params,
                        row -> new Sold(uuid(row, "product_id"), number(row, "sold_on"), decimal(row, "units")))
                .collectList()
                .map(sold -> {
                    Map<UUID, Map<Long, BigDecimal>> byProduct = new HashMap<>();
                    sold.forEach(units -> byProduct.computeIfAbsent(units.productId(), id -> new HashMap<>())
                            .put(units.epochDay(), units.units()));
                    return products.stream()
                            .map(product -> series(product, from, today,
                                    byProduct.getOrDefault(product.id(), Map.of())))
                            .toList();
                });
    }

    private record Sold(UUID productId, long epochDay, BigDecimal units) {
    }

    private static Series series(Product product, LocalDate windowStart, LocalDate today, Map<Long, BigDecimal> byDay) {
        LocalDate from = product.createdOn().isAfter(windowStart) ? product.createdOn() : windowStart;
        List<BigDecimal> units = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
            units.add(byDay.getOrDefault(day.toEpochDay(), BigDecimal.ZERO));
        }
        return new Series(product, from, units);
    }

    private static Product product(Readable row, StoreCalendar calendar) {
        return new Product(uuid(row, "id"), text(row, "name"), text(row, "unit").toLowerCase(Locale.ROOT),
                quantity(row, "stock_quantity"), quantity(row, "min_stock_level"),
                calendar.dayOf(instant(row, "created_at")));
    }
}
