package app.pos.query.analytics;

import app.pos.kernel.analytics.FetchRecurringRevenue;
import app.pos.kernel.analytics.RecurringRevenue;
import app.pos.kernel.money.Money;
import app.pos.query.analytics.forecast.LinearTrend;
import app.pos.query.shared.Params;
import app.pos.query.shared.Reads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Rows.money;
import static app.pos.query.shared.Rows.number;

/**
 * Recurring revenue: repeat customers are found, and their spending summed per month, in SQL; the trend
 * through those few monthly figures is fitted here.
 */
@Component
public class RecurringRevenueQueries {

    static final int[] HORIZON_DAYS = {30, 60, 90};

    private final Reads reads;

    public RecurringRevenueQueries(Reads reads) {
        this.reads = reads;
    }

    @QueryHandler
    public CompletableFuture<RecurringRevenue> handle(FetchRecurringRevenue query) {
        StoreCalendar calendar = new StoreCalendar(query.timeZone());
        YearMonth current = YearMonth.from(query.today());
        YearMonth first = current.minusMonths(query.months());
        Params window = CompletedSales.window(query.businessId(), calendar.startOf(first.atDay(1)),
                calendar.startOf(current.atDay(1)));
        StringBuilder monthOf = new StringBuilder("CASE");
        for (int i = 1; i < query.months(); i++) {
            window.instant("month" + i, calendar.startOf(first.plusMonths(i).atDay(1)));
            monthOf.append(" WHEN s.completed_at < :month").append(i).append(" THEN ").append(i - 1);
        }
        monthOf.append(" ELSE ").append(query.months() - 1).append(" END");
        String customerBills = """
                SELECT s.customer_id, s.total_amount, %s AS month_index FROM sale_view s
                WHERE %s AND s.customer_id IS NOT NULL""".formatted(monthOf, CompletedSales.IN_WINDOW);
        Mono<Map<Long, Recurring>> recurring = reads.all("""
                        SELECT month_index, SUM(revenue) AS revenue, COUNT(*) AS customers
                        FROM (SELECT customer_id, month_index, revenue,
                                  COUNT(*) OVER (PARTITION BY customer_id) AS active_months
                              FROM (SELECT customer_id, month_index, SUM(total_amount) AS revenue
                                    FROM (%s) bills GROUP BY customer_id, month_index) monthly) counted
                        WHERE active_months >= 2
                        GROUP BY month_index""".formatted(customerBills), window,
                        row -> new Recurring(number(row, "month_index"), money(row, "revenue"),
                                number(row, "customers")))
                .collectMap(Recurring::monthIndex);
        Mono<Map<Long, Money>> totals = reads.all("""
                        SELECT month_index, SUM(total_amount) AS revenue
                        FROM (SELECT s.total_amount, %s AS month_index FROM sale_view s WHERE %s) bills
                        GROUP BY month_index""".formatted(monthOf, CompletedSales.IN_WINDOW), window,
                        row -> Map.entry(number(row, "month_index"), money(row, "revenue")))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
        Mono<Long> repeatCustomers = reads.count("""
                SELECT COUNT(*) AS n FROM (SELECT customer_id FROM (%s) bills GROUP BY customer_id
                                           HAVING COUNT(DISTINCT month_index) >= 2) repeat_customers"""
                .formatted(customerBills), window);
        return Mono.zip(recurring, totals, repeatCustomers)
                .map(found -> report(query, first, found.getT1(), found.getT2(), found.getT3()))
                .toFuture();
    }

    private record Recurring(long monthIndex, Money revenue, long customers) {
    }

    /** Revenue cannot go below nothing, however a line runs on. */
    private static Money atLeastZero(BigDecimal projected) {
        return Money.of(projected.max(BigDecimal.ZERO));
    }

    private static RecurringRevenue report(FetchRecurringRevenue query, YearMonth first, Map<Long, Recurring> recurring,
                                           Map<Long, Money> totals, long repeatCustomers) {
        List<RecurringRevenue.MrrMonth> series = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < query.months(); i++) {
            Recurring month = recurring.getOrDefault((long) i, new Recurring(i, Money.ZERO, 0));
            series.add(new RecurringRevenue.MrrMonth(first.plusMonths(i), month.revenue(), month.customers(),
                    totals.getOrDefault((long) i, Money.ZERO)));
            values.add(month.revenue().amount());
        }
        YearMonth last = first.plusMonths(query.months() - 1L);
        Money currentMrr = series.get(series.size() - 1).recurringRevenue();
        Money slope = Money.of(LinearTrend.slope(values));
        BigDecimal changePercent = values.size() < 2 ? null
                : Ratios.change(values.get(values.size() - 1), values.get(values.size() - 2));
        String direction = slope.isPositive() ? "UP" : slope.isNegative() ? "DOWN" : "FLAT";
        List<RecurringRevenue.MrrProjection> projections = new ArrayList<>();
        for (int step = 1; step <= HORIZON_DAYS.length; step++) {
            LinearTrend.Prediction prediction = LinearTrend.predict(values, step);
            projections.add(new RecurringRevenue.MrrProjection(HORIZON_DAYS[step - 1], last.plusMonths(step),
                    atLeastZero(prediction.expected()), atLeastZero(prediction.lower()),
                    atLeastZero(prediction.upper())));
        }
        return new RecurringRevenue(first, last, query.timeZone(), repeatCustomers, currentMrr,
                new RecurringRevenue.MrrTrend(slope, changePercent, direction), series, projections, 80,
                LinearTrend.canFit(values.size()) ? LinearTrend.FITTED : LinearTrend.CARRIED);
    }
}
