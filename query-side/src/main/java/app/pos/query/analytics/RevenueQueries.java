package app.pos.query.analytics;

import app.pos.kernel.analytics.FetchRevenue;
import app.pos.kernel.analytics.FetchSalesPatterns;
import app.pos.kernel.analytics.ReportPeriod;
import app.pos.kernel.analytics.RevenueInterval;
import app.pos.kernel.analytics.RevenueReport;
import app.pos.kernel.analytics.SalesPatterns;
import app.pos.kernel.money.Money;
import app.pos.query.shared.Reads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Rows.money;
import static app.pos.query.shared.Rows.number;

/** Revenue over time: the series with its comparison, and the shop's hours and weekdays. */
@Component
public class RevenueQueries {

    private final Reads reads;
    private final CompletedSales sales;

    public RevenueQueries(Reads reads, CompletedSales sales) {
        this.reads = reads;
        this.sales = sales;
    }

    @QueryHandler
    public CompletableFuture<RevenueReport> handle(FetchRevenue query) {
        return revenue(query).toFuture();
    }

    @QueryHandler
    public CompletableFuture<SalesPatterns> handle(FetchSalesPatterns query) {
        return patterns(query).toFuture();
    }

    Mono<RevenueReport> revenue(FetchRevenue query) {
        ReportPeriod period = query.period();
        StoreCalendar calendar = new StoreCalendar(period.timeZone());
        Instant start = calendar.startOf(period.from());
        Instant end = calendar.endOf(period.to());
        boolean hourly = query.interval() == RevenueInterval.HOUR;
        String local = calendar.localSeconds("s.completed_at", start, end);
        String bucket = hourly ? StoreCalendar.epochHour(local) : StoreCalendar.epochDay(local);
        Mono<Map<Long, Takings>> buckets = reads.all("""
                        SELECT bucket, SUM(total_amount) AS revenue, COUNT(*) AS bills
                        FROM (SELECT s.total_amount, %s AS bucket FROM sale_view s WHERE %s) bills
                        GROUP BY bucket""".formatted(bucket, CompletedSales.IN_WINDOW),
                        CompletedSales.window(query.businessId(), start, end),
                        row -> Map.entry(number(row, "bucket"),
                                new Takings(money(row, "revenue"), number(row, "bills"))))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
        Mono<Takings> previous = sales.takings(query.businessId(), calendar.startOf(period.previousFrom()),
                calendar.endOf(period.previousTo()));
        return Mono.zip(buckets, previous).map(found -> {
            List<RevenueReport.RevenueBucket> series = hourly
                    ? hours(period, found.getT1())
                    : days(period, found.getT1());
            Money revenue = series.stream().map(RevenueReport.RevenueBucket::revenue).reduce(Money.ZERO, Money::plus);
            long bills = series.stream().mapToLong(RevenueReport.RevenueBucket::bills).sum();
            Takings before = found.getT2();
            return new RevenueReport(period.from(), period.to(), period.timeZone(),
                    query.interval().name().toLowerCase(Locale.ROOT),
                    new RevenueReport.RevenueFigures(revenue, bills, Ratios.average(revenue, bills)),
                    new RevenueReport.PreviousRevenue(period.previousFrom(), period.previousTo(), before.revenue(),
                            before.bills(), before.averageBill()),
                    Ratios.change(revenue.amount(), before.revenue().amount()), series);
        });
    }

    private static List<RevenueReport.RevenueBucket> days(ReportPeriod period, Map<Long, Takings> byDay) {
        List<RevenueReport.RevenueBucket> series = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            series.add(bucket(day.toString(), byDay.getOrDefault(day.toEpochDay(), Takings.NONE)));
        }
        return series;
    }

    private static List<RevenueReport.RevenueBucket> hours(ReportPeriod period, Map<Long, Takings> byHour) {
        List<RevenueReport.RevenueBucket> series = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            for (int hour = 0; hour < 24; hour++) {
                LocalDateTime start = day.atTime(hour, 0);
                long epochHour = start.toEpochSecond(ZoneOffset.UTC) / StoreCalendar.SECONDS_PER_HOUR;
                series.add(bucket(start.toString(), byHour.getOrDefault(epochHour, Takings.NONE)));
            }
        }
        return series;
    }

    private static RevenueReport.RevenueBucket bucket(String label, Takings takings) {
        return new RevenueReport.RevenueBucket(label, takings.revenue(), takings.bills(), takings.averageBill());
    }

    Mono<SalesPatterns> patterns(FetchSalesPatterns query) {
        ReportPeriod period = query.period();
        StoreCalendar calendar = new StoreCalendar(period.timeZone());
        Instant start = calendar.startOf(period.from());
        Instant end = calendar.endOf(period.to());
        String local = calendar.localSeconds("s.completed_at", start, end);
        // 1970-01-01 was a Thursday: (epoch day + 3) mod 7 counts from Monday = 0.
        return reads.all("""
                        SELECT day_of_week, hour_of_day, SUM(total_amount) AS revenue, COUNT(*) AS bills
                        FROM (SELECT s.total_amount, MOD(%s + 3, 7) AS day_of_week, MOD(%s, 24) AS hour_of_day
                              FROM sale_view s WHERE %s) bills
                        GROUP BY day_of_week, hour_of_day""".formatted(StoreCalendar.epochDay(local),
                                StoreCalendar.epochHour(local), CompletedSales.IN_WINDOW),
                        CompletedSales.window(query.businessId(), start, end),
                        row -> new Cell((int) number(row, "day_of_week"), (int) number(row, "hour_of_day"),
                                new Takings(money(row, "revenue"), number(row, "bills"))))
                .collectList()
                .map(cells -> new SalesPatterns(period.from(), period.to(), period.timeZone(), byHour(cells),
                        byWeekday(cells, period)));
    }

    /** One weekday-and-hour of the period's sales. */
    private record Cell(int dayOfWeek, int hour, Takings takings) {
    }

    private static List<SalesPatterns.HourTakings> byHour(List<Cell> cells) {
        List<SalesPatterns.HourTakings> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            int h = hour;
            Takings takings = sum(cells.stream().filter(cell -> cell.hour() == h).toList());
            hours.add(new SalesPatterns.HourTakings(hour, takings.revenue(), takings.bills()));
        }
        return hours;
    }

    private static List<SalesPatterns.WeekdayTakings> byWeekday(List<Cell> cells, ReportPeriod period) {
        List<SalesPatterns.WeekdayTakings> weekdays = new ArrayList<>();
        for (DayOfWeek dayOfWeek : DayOfWeek.values()) {
            int index = dayOfWeek.getValue() - 1;
            Takings takings = sum(cells.stream().filter(cell -> cell.dayOfWeek() == index).toList());
            long days = period.from().datesUntil(period.to().plusDays(1))
                    .filter(day -> day.getDayOfWeek() == dayOfWeek).count();
            weekdays.add(new SalesPatterns.WeekdayTakings(dayOfWeek, days, takings.revenue(), takings.bills(),
                    Ratios.average(takings.revenue(), days)));
        }
        return weekdays;
    }

    private static Takings sum(List<Cell> cells) {
        return new Takings(cells.stream().map(cell -> cell.takings().revenue()).reduce(Money.ZERO, Money::plus),
                cells.stream().mapToLong(cell -> cell.takings().bills()).sum());
    }
}
