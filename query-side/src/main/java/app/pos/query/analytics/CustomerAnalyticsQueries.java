package app.pos.query.analytics;

import app.pos.kernel.analytics.CustomerAnalytics;
import app.pos.kernel.analytics.FetchCustomerAnalytics;
import app.pos.kernel.analytics.ReportPeriod;
import app.pos.query.shared.Reads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.number;

/** Growth of the customer base, and who comes back. */
@Component
public class CustomerAnalyticsQueries {

    private final Reads reads;

    public CustomerAnalyticsQueries(Reads reads) {
        this.reads = reads;
    }

    @QueryHandler
    public CompletableFuture<CustomerAnalytics> handle(FetchCustomerAnalytics query) {
        ReportPeriod period = query.period();
        return Mono.zip(growth(query.businessId(), period), retention(query.businessId(), period))
                .map(both -> new CustomerAnalytics(period.from(), period.to(), period.timeZone(), both.getT1(),
                        both.getT2()))
                .toFuture();
    }

    private Mono<CustomerAnalytics.CustomerGrowth> growth(UUID businessId, ReportPeriod period) {
        StoreCalendar calendar = new StoreCalendar(period.timeZone());
        Instant start = calendar.startOf(period.from());
        Instant end = calendar.endOf(period.to());
        String day = StoreCalendar.epochDay(calendar.localSeconds("created_at", start, end));
        var window = params().uuid("businessId", businessId).instant("start", start).instant("end", end);
        Mono<Long> before = reads.count(
                "SELECT COUNT(*) AS n FROM customer_view WHERE business_id = :businessId AND created_at < :start",
                window);
        Mono<Map<Long, Long>> joined = reads.all("""
                        SELECT joined_on, COUNT(*) AS n
                        FROM (SELECT %s AS joined_on FROM customer_view
                              WHERE business_id = :businessId AND created_at >= :start AND created_at < :end) joined
                        GROUP BY joined_on""".formatted(day), window,
                        row -> Map.entry(number(row, "joined_on"), number(row, "n")))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
        return Mono.zip(before, joined).map(found -> {
            long total = found.getT1();
            List<CustomerAnalytics.GrowthDay> series = new ArrayList<>();
            for (LocalDate date = period.from(); !date.isAfter(period.to()); date = date.plusDays(1)) {
                long newCustomers = found.getT2().getOrDefault(date.toEpochDay(), 0L);
                total += newCustomers;
                series.add(new CustomerAnalytics.GrowthDay(date, newCustomers, total));
            }
            return new CustomerAnalytics.CustomerGrowth(found.getT1(), total - found.getT1(), total, series);
        });
    }

    /**
     * One pass over the customers' bills up to the end of the period: per customer, their bills in this
     * period, their bills in the previous one, and their first bill ever.
     */
    Mono<CustomerAnalytics.CustomerRetention> retention(UUID businessId, ReportPeriod period) {
        StoreCalendar calendar = new StoreCalendar(period.timeZone());
        var window = params().uuid("businessId", businessId)
                .instant("start", calendar.startOf(period.from())).instant("end", calendar.endOf(period.to()))
                .instant("previousStart", calendar.startOf(period.previousFrom()))
                .instant("previousEnd", calendar.endOf(period.previousTo()));
        return reads.one("""
                        SELECT COALESCE(SUM(CASE WHEN bills_before > 0 THEN 1 ELSE 0 END), 0) AS previous_buyers,
                            COALESCE(SUM(CASE WHEN bills_before > 0 AND bills_now > 0 THEN 1 ELSE 0 END), 0)
                                AS retained,
                            COALESCE(SUM(CASE WHEN bills_now > 0 THEN 1 ELSE 0 END), 0) AS buyers,
                            COALESCE(SUM(CASE WHEN bills_now > 1 THEN 1 ELSE 0 END), 0) AS repeat_buyers,
                            COALESCE(SUM(CASE WHEN bills_now > 0 AND first_bill >= :start THEN 1 ELSE 0 END), 0)
                                AS new_buyers
                        FROM (SELECT customer_id,
                                  SUM(CASE WHEN completed_at >= :start THEN 1 ELSE 0 END) AS bills_now,
                                  SUM(CASE WHEN completed_at >= :previousStart AND completed_at < :previousEnd
                                      THEN 1 ELSE 0 END) AS bills_before,
                                  MIN(completed_at) AS first_bill
                              FROM sale_view
                              WHERE business_id = :businessId AND status = 'COMPLETED' AND customer_id IS NOT NULL
                                AND completed_at < :end
                              GROUP BY customer_id) buyers""", window,
                row -> {
                    long previousBuyers = number(row, "previous_buyers");
                    long retained = number(row, "retained");
                    long buyers = number(row, "buyers");
                    long repeatBuyers = number(row, "repeat_buyers");
                    long newBuyers = number(row, "new_buyers");
                    return new CustomerAnalytics.CustomerRetention(period.previousFrom(), period.previousTo(),
                            previousBuyers, retained, Ratios.percent(retained, previousBuyers), buyers, repeatBuyers,
                            Ratios.percent(repeatBuyers, buyers), newBuyers, buyers - newBuyers);
                });
    }
}
