package app.pos.query.analytics;

import app.pos.kernel.analytics.FetchPaymentMethods;
import app.pos.kernel.analytics.PaymentMethods;
import app.pos.kernel.analytics.ReportPeriod;
import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.money.Money;
import app.pos.query.shared.Reads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Rows.enumOf;
import static app.pos.query.shared.Rows.money;
import static app.pos.query.shared.Rows.number;

/** How the period's bills were paid for. */
@Component
public class PaymentMethodQueries {

    private final Reads reads;
    private final CompletedSales sales;

    public PaymentMethodQueries(Reads reads, CompletedSales sales) {
        this.reads = reads;
        this.sales = sales;
    }

    @QueryHandler
    public CompletableFuture<PaymentMethods> handle(FetchPaymentMethods query) {
        ReportPeriod period = query.period();
        StoreCalendar calendar = new StoreCalendar(period.timeZone());
        Instant start = calendar.startOf(period.from());
        Instant end = calendar.endOf(period.to());
        // Per bill and method first, so a bill's change comes off its cash once however many cash tenders it had.
        Mono<Map<PaymentMethod, Tendered>> byMethod = reads.all("""
                        SELECT method, SUM(amount) AS amount, COUNT(*) AS bills
                        FROM (SELECT p.sale_id, p.method,
                                  SUM(p.amount) - CASE WHEN p.method = 'CASH' THEN MAX(s.change_due) ELSE 0 END
                                      AS amount
                              FROM sale_view s JOIN sale_payment_view p ON p.sale_id = s.id
                              WHERE %s
                              GROUP BY p.sale_id, p.method) tenders
                        GROUP BY method""".formatted(CompletedSales.IN_WINDOW),
                        CompletedSales.window(query.businessId(), start, end),
                        row -> new Tendered(enumOf(row, "method", PaymentMethod.class), money(row, "amount"),
                                number(row, "bills")))
                .collectMap(Tendered::method);
        return Mono.zip(byMethod, sales.takings(query.businessId(), start, end)).map(found -> {
            Money total = found.getT2().revenue();
            List<PaymentMethods.MethodTakings> methods = Arrays.stream(PaymentMethod.values())
                    .map(method -> found.getT1().getOrDefault(method, new Tendered(method, Money.ZERO, 0)))
                    .map(tendered -> new PaymentMethods.MethodTakings(tendered.method(), tendered.amount(),
                            tendered.bills(), Ratios.share(tendered.amount().amount(), total.amount())))
                    .sorted(Comparator.comparing(PaymentMethods.MethodTakings::amount).reversed())
                    .toList();
            return new PaymentMethods(period.from(), period.to(), period.timeZone(), total, found.getT2().bills(),
                    methods);
        }).toFuture();
    }

    private record Tendered(PaymentMethod method, Money amount, long bills) {
    }
}
