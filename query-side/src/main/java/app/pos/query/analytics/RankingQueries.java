package app.pos.query.analytics;

import app.pos.kernel.analytics.FetchTopCustomers;
import app.pos.kernel.analytics.FetchTopProducts;
import app.pos.kernel.analytics.ProductRanking;
import app.pos.kernel.analytics.ReportPeriod;
import app.pos.kernel.analytics.TopCustomers;
import app.pos.kernel.analytics.TopProducts;
import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;
import app.pos.query.shared.Reads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import static app.pos.query.shared.Rows.instant;
import static app.pos.query.shared.Rows.money;
import static app.pos.query.shared.Rows.number;
import static app.pos.query.shared.Rows.quantity;
import static app.pos.query.shared.Rows.text;
import static app.pos.query.shared.Rows.uuid;

/** The period's best-selling products and best customers, ranked and cut in the database. */
@Component
public class RankingQueries {

    private final Reads reads;

    public RankingQueries(Reads reads) {
        this.reads = reads;
    }

    @QueryHandler
    public CompletableFuture<TopProducts> handle(FetchTopProducts query) {
        ReportPeriod period = query.period();
        StoreCalendar calendar = new StoreCalendar(period.timeZone());
        String order = query.by() == ProductRanking.QUANTITY
                ? "quantity DESC, revenue DESC, product_id"
                : "revenue DESC, quantity DESC, product_id";
        // A product renamed since shows under its current name.
        return reads.all("""
                        SELECT t.product_id, COALESCE(p.name, t.sold_as) AS name, p.unit, t.revenue, t.quantity,
                            t.bills
                        FROM (SELECT l.product_id, MAX(l.product_name) AS sold_as, SUM(l.line_total) AS revenue,
                                  SUM(l.quantity) AS quantity, COUNT(DISTINCT l.sale_id) AS bills
                              FROM sale_view s JOIN sale_line_view l ON l.sale_id = s.id
                              WHERE %s
                              GROUP BY l.product_id
                              ORDER BY %s LIMIT :limit) t
                        LEFT JOIN product_view p ON p.id = t.product_id AND p.business_id = :businessId
                        ORDER BY %s""".formatted(CompletedSales.IN_WINDOW, order,
                                order.replace("product_id", "t.product_id")),
                        CompletedSales.window(query.businessId(), calendar.startOf(period.from()),
                                calendar.endOf(period.to())).integer("limit", query.limit()),
                        row -> new SoldProduct(uuid(row, "product_id"), text(row, "name"), text(row, "unit"),
                                money(row, "revenue"), quantity(row, "quantity"), number(row, "bills")))
                .collectList()
                .map(products -> new TopProducts(period.from(), period.to(), period.timeZone(),
                        query.by().name().toLowerCase(Locale.ROOT), query.limit(), ranked(products,
                        (rank, sold) -> new TopProducts.RankedProduct(rank, sold.productId(), sold.name(),
                                sold.unit() == null ? null : sold.unit().toLowerCase(Locale.ROOT), sold.revenue(),
                                sold.quantity(), sold.bills()))))
                .toFuture();
    }

    @QueryHandler
    public CompletableFuture<TopCustomers> handle(FetchTopCustomers query) {
        ReportPeriod period = query.period();
        StoreCalendar calendar = new StoreCalendar(period.timeZone());
        Instant start = calendar.startOf(period.from());
        Instant end = calendar.endOf(period.to());
        return reads.all("""
                        SELECT t.customer_id, c.name, c.phone, t.spend, t.bills, t.last_visit
                        FROM (SELECT s.customer_id, SUM(s.total_amount) AS spend, COUNT(*) AS bills,
                                  MAX(s.completed_at) AS last_visit
                              FROM sale_view s
                              WHERE %s AND s.customer_id IS NOT NULL
                              GROUP BY s.customer_id
                              ORDER BY spend DESC, bills DESC, s.customer_id LIMIT :limit) t
                        JOIN customer_view c ON c.id = t.customer_id AND c.business_id = :businessId
                        ORDER BY t.spend DESC, t.bills DESC, t.customer_id""".formatted(CompletedSales.IN_WINDOW),
                        CompletedSales.window(query.businessId(), start, end).integer("limit", query.limit()),
                        row -> new Buyer(uuid(row, "customer_id"), text(row, "name"), text(row, "phone"),
                                money(row, "spend"), number(row, "bills"), instant(row, "last_visit")))
                .collectList()
                .map(buyers -> new TopCustomers(period.from(), period.to(), period.timeZone(), query.limit(),
                        ranked(buyers, (rank, buyer) -> new TopCustomers.RankedCustomer(rank, buyer.customerId(),
                                buyer.name(), buyer.phone(), buyer.spend(), buyer.bills(),
                                Ratios.average(buyer.spend(), buyer.bills()), buyer.lastVisit()))))
                .toFuture();
    }

    private record SoldProduct(UUID productId, String name, String unit, Money revenue, Quantity quantity,
                               long bills) {
    }

    private record Buyer(UUID customerId, String name, String phone, Money spend, long bills, Instant lastVisit) {
    }

    /** Numbers the rows from 1 in the order the database ranked them. */
    private static <R, T> List<T> ranked(List<R> rows, BiFunction<Integer, R, T> item) {
        return IntStream.range(0, rows.size()).mapToObj(i -> item.apply(i + 1, rows.get(i))).toList();
    }
}
