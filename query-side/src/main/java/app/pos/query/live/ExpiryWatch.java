package app.pos.query.live;

import app.pos.kernel.dashboard.LiveStream;
import app.pos.kernel.dashboard.StockAlert;
import app.pos.query.dashboard.DashboardQueries;
import app.pos.query.dashboard.DashboardUpdates;
import app.pos.query.shared.Reads;
import app.pos.query.shared.StoreZones;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.text;
import static app.pos.query.shared.Rows.uuid;

/**
 * Notices stock nearing its expiry date. A product comes within the warning window either because it
 * changed (new, revised, restocked from nothing) or simply because a day passed; the second is found by
 * {@link #sweep()}, which runs now and then and also starts each store's new day on its dashboard.
 */
@Component
public class ExpiryWatch {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final LiveFeed feed;
    private final DashboardUpdates dashboards;
    private final StoreZones zones;
    private final Reads reads;
    private final Clock clock;

    public ExpiryWatch(LiveFeed feed, DashboardUpdates dashboards, StoreZones zones, Reads reads, Clock clock) {
        this.feed = feed;
        this.dashboards = dashboards;
        this.zones = zones;
        this.reads = reads;
        this.clock = clock;
    }

    void check(UUID businessId, WatchedProduct product) {
        if (product.expiryDate() == null) {
            return;
        }
        ZoneId zone = zones.of(businessId).block(READ_TIMEOUT);
        product.expiringAsOf(today(zone), DashboardQueries.EXPIRY_WARNING_DAYS).ifPresent(alert ->
                feed.push(businessId, LiveStream.DASHBOARD, "alert", product.expiryKey(), alert, clock.instant()));
    }

    /** Every store's products that are within the warning window today and have not been alerted yet. */
    public void sweep() {
        reads.all("SELECT DISTINCT time_zone FROM store_settings_view", params(), row -> text(row, "time_zone"))
                .map(ZoneId::of)
                .toIterable()
                .forEach(this::sweep);
    }

    private void sweep(ZoneId zone) {
        LocalDate today = today(zone);
        reads.all("""
                        SELECT p.business_id, %s
                        FROM product_view p JOIN store_settings_view s ON s.business_id = p.business_id
                        WHERE s.time_zone = :zone AND p.status = 'ACTIVE' AND p.stock_quantity > 0
                          AND p.expiry_date IS NOT NULL AND p.expiry_date <= :horizon""".formatted(WatchedProduct.COLUMNS),
                        params().text("zone", zone.getId())
                                .date("horizon", today.plusDays(DashboardQueries.EXPIRY_WARNING_DAYS)),
                        row -> new Candidate(uuid(row, "business_id"), WatchedProduct.from(row)))
                .collectList()
                .block(READ_TIMEOUT)
                .forEach(candidate -> {
                    if (alert(candidate.businessId(), candidate.product(), today)) {
                        dashboards.changed(candidate.businessId());
                    }
                });
    }

    private boolean alert(UUID businessId, WatchedProduct product, LocalDate today) {
        return product.expiringAsOf(today, DashboardQueries.EXPIRY_WARNING_DAYS)
                .map(alert -> feed.pushNow(businessId, LiveStream.DASHBOARD, "alert", product.expiryKey(), alert,
                        clock.instant()))
                .orElse(false);
    }

    private LocalDate today(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate();
    }

    private record Candidate(UUID businessId, WatchedProduct product) {
    }
}
