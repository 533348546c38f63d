package app.pos.query.dashboard;

import app.pos.kernel.dashboard.DashboardView;
import app.pos.kernel.dashboard.DashboardView.Alerts;
import app.pos.kernel.dashboard.DashboardView.CreditOutstanding;
import app.pos.kernel.dashboard.DashboardView.Customers;
import app.pos.kernel.dashboard.DashboardView.ExpiryAlert;
import app.pos.kernel.dashboard.DashboardView.Inventory;
import app.pos.kernel.dashboard.DashboardView.LowStockAlert;
import app.pos.kernel.dashboard.DashboardView.TodaySales;
import app.pos.kernel.dashboard.FetchDashboard;
import app.pos.kernel.dashboard.WatchDashboard;
import app.pos.query.shared.Params;
import app.pos.query.shared.Reads;
import app.pos.query.shared.StoreZones;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.*;

/**
 * The owner's dashboard, computed in SQL from the projections each time it is asked for, so it is as
 * fresh as they are and never drifts from them. "Today" is the store's day, in its time zone.
 */
@Component
public class DashboardQueries {

    /** A product with stock that expires within this many days shows on the dashboard and raises an alert. */
    public static final int EXPIRY_WARNING_DAYS = 7;
    private static final int ALERT_LIMIT = 20;

    private final Reads reads;
    private final StoreZones zones;
    private final Clock clock;

    public DashboardQueries(Reads reads, StoreZones zones, Clock clock) {
        this.reads = reads;
        this.zones = zones;
        this.clock = clock;
    }

    @QueryHandler
    public CompletableFuture<DashboardView> handle(FetchDashboard query) {
        return dashboard(query.businessId()).toFuture();
    }

    @QueryHandler
    public CompletableFuture<DashboardView> handle(WatchDashboard query) {
        return dashboard(query.businessId()).toFuture();
    }

    public Mono<DashboardView> dashboard(UUID businessId) {
        return zones.of(businessId).flatMap(zone -> {
            Instant now = clock.instant();
            LocalDate today = now.atZone(zone).toLocalDate();
            Params params = params().uuid("businessId", businessId)
                    .instant("dayStart", today.atStartOfDay(zone).toInstant())
                    .instant("dayEnd", today.plusDays(1).atStartOfDay(zone).toInstant())
                    .instant("weekAgo", now.minus(7, ChronoUnit.DAYS))
                    .date("today", today)
                    .date("expiryHorizon", today.plusDays(EXPIRY_WARNING_DAYS))
                    .integer("alertLimit", ALERT_LIMIT);
            return Mono.zip(todaySales(params), creditOutstanding(params), inventory(params), customers(params),
                            alerts(params, today))
                    .map(t -> new DashboardView(t.getT1(), t.getT2(), t.getT3(), t.getT4(), t.getT5()));
        });
    }

    private Mono<TodaySales> todaySales(Params params) {
        return reads.one("""
                        SELECT COALESCE(SUM(total_amount), 0) AS total, COUNT(*) AS bills,
                            COALESCE(SUM(CASE WHEN credit_amount = 0 THEN 1 ELSE 0 END), 0) AS cash_bills,
                            COALESCE(SUM(CASE WHEN credit_amount > 0 THEN 1 ELSE 0 END), 0) AS credit_bills
                        FROM sale_view WHERE business_id = :businessId AND status = 'COMPLETED'
                          AND completed_at >= :dayStart AND completed_at < :dayEnd""", params,
                row -> new TodaySales(money(row, "total"), number(row, "bills"), number(row, "cash_bills"),
                        number(row, "credit_bills")));
    }

    private Mono<CreditOutstanding> creditOutstanding(Params params) {
        return reads.one("""
                        SELECT COALESCE(SUM(credit_balance), 0) AS total, COUNT(*) AS n FROM customer_view
                        WHERE business_id = :businessId AND credit_balance > 0""", params,
                row -> new CreditOutstanding(money(row, "total"), number(row, "n")));
    }

    private Mono<Inventory> inventory(Params params) {
        return reads.one("""
                        SELECT COUNT(*) AS active,
                            COALESCE(SUM(CASE WHEN stock_quantity < min_stock_level THEN 1 ELSE 0 END), 0) AS low,
                            COALESCE(SUM(CASE WHEN expiry_date IS NOT NULL AND expiry_date <= :expiryHorizon
                                AND stock_quantity > 0 THEN 1 ELSE 0 END), 0) AS expiring
                        FROM product_view WHERE business_id = :businessId AND status = 'ACTIVE'""", params,
                row -> new Inventory(number(row, "active"), number(row, "low"), number(row, "expiring")));
    }

    private Mono<Customers> customers(Params params) {
        return reads.one("""
                        SELECT COUNT(*) AS total,
                            COALESCE(SUM(CASE WHEN created_at >= :weekAgo THEN 1 ELSE 0 END), 0) AS new_this_week
                        FROM customer_view WHERE business_id = :businessId""", params,
                row -> new Customers(number(row, "total"), number(row, "new_this_week")));
    }

    private Mono<Alerts> alerts(Params params, LocalDate today) {
        Mono<java.util.List<LowStockAlert>> lowStock = reads.all("""
                        SELECT id, name, stock_quantity, min_stock_level, unit FROM product_view
                        WHERE business_id = :businessId AND status = 'ACTIVE' AND stock_quantity < min_stock_level
                        ORDER BY stock_quantity - min_stock_level, name LIMIT :alertLimit""", params,
                row -> new LowStockAlert(uuid(row, "id"), text(row, "name"), quantity(row, "stock_quantity"),
                        quantity(row, "min_stock_level"), text(row, "unit").toLowerCase(Locale.ROOT)))
                .collectList();
        Mono<java.util.List<ExpiryAlert>> expiring = reads.all("""
                        SELECT id, name, expiry_date, stock_quantity FROM product_view
                        WHERE business_id = :businessId AND status = 'ACTIVE' AND stock_quantity > 0
                          AND expiry_date IS NOT NULL AND expiry_date <= :expiryHorizon
                        ORDER BY expiry_date, name LIMIT :alertLimit""", params,
                row -> {
                    LocalDate expiry = date(row, "expiry_date");
                    return new ExpiryAlert(uuid(row, "id"), text(row, "name"), expiry,
                            ChronoUnit.DAYS.between(today, expiry), quantity(row, "stock_quantity"));
                })
                .collectList();
        return Mono.zip(lowStock, expiring).map(both -> new Alerts(both.getT1(), both.getT2()));
    }
}
