package app.pos.query.analytics;

import app.pos.kernel.analytics.CreditAging;
import app.pos.kernel.analytics.FetchCreditAging;
import app.pos.kernel.money.Money;
import app.pos.query.shared.Reads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.instant;
import static app.pos.query.shared.Rows.money;
import static app.pos.query.shared.Rows.text;
import static app.pos.query.shared.Rows.uuid;

/**
 * Udhaar by age. Payments settle a customer's oldest credit first, so a credit is still unpaid by however
 * much the credit given up to and including it exceeds everything the customer has paid: with C the
 * running total of credit in the order it was given and P all payments, a credit of amount a keeps
 * max(0, min(a, C - P)) unpaid. A window function gives C, one pass, in the database.
 */
@Component
public class CreditAgingQueries {

    static final String METHOD = "payments settle the oldest credit first; each credit's unpaid part is aged "
            + "by the store day it was given";

    private final Reads reads;

    public CreditAgingQueries(Reads reads) {
        this.reads = reads;
    }

    @QueryHandler
    public CompletableFuture<CreditAging> handle(FetchCreditAging query) {
        return aging(query).toFuture();
    }

    Mono<CreditAging> aging(FetchCreditAging query) {
        StoreCalendar calendar = new StoreCalendar(query.timeZone());
        LocalDate asOf = query.asOf();
        var params = params().uuid("businessId", query.businessId()).instant("asOfEnd", calendar.endOf(asOf))
                .instant("days30", calendar.startOf(asOf.minusDays(30)))
                .instant("days60", calendar.startOf(asOf.minusDays(60)));
        return reads.all("""
                        SELECT a.customer_id, c.name, c.phone, SUM(a.unpaid) AS outstanding,
                            SUM(CASE WHEN a.created_at >= :days30 THEN a.unpaid ELSE 0 END) AS days_0_30,
                            SUM(CASE WHEN a.created_at < :days30 AND a.created_at >= :days60 THEN a.unpaid ELSE 0 END)
                                AS days_31_60,
                            SUM(CASE WHEN a.created_at < :days60 THEN a.unpaid ELSE 0 END) AS over_60,
                            MIN(a.created_at) AS oldest_unpaid
                        FROM (SELECT given.customer_id, given.created_at,
                                  GREATEST(0, LEAST(given.amount, given.given_so_far - COALESCE(paid.total, 0)))
                                      AS unpaid
                              FROM (SELECT customer_id, amount, created_at,
                                        SUM(amount) OVER (PARTITION BY customer_id ORDER BY created_at, id
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS given_so_far
                                    FROM credit_transaction_view
                                    WHERE business_id = :businessId AND transaction_type = 'CREDIT_TAKEN'
                                      AND created_at < :asOfEnd) given
                              LEFT JOIN (SELECT customer_id, SUM(amount) AS total FROM credit_transaction_view
                                         WHERE business_id = :businessId AND transaction_type = 'PAYMENT_MADE'
                                           AND created_at < :asOfEnd
                                         GROUP BY customer_id) paid ON paid.customer_id = given.customer_id) a
                        JOIN customer_view c ON c.id = a.customer_id
                        WHERE a.unpaid > 0
                        GROUP BY a.customer_id, c.name, c.phone
                        ORDER BY oldest_unpaid, a.customer_id""", params,
                        row -> {
                            LocalDate since = calendar.dayOf(instant(row, "oldest_unpaid"));
                            return new CreditAging.CustomerUdhaar(uuid(row, "customer_id"), text(row, "name"),
                                    text(row, "phone"), money(row, "outstanding"), money(row, "days_0_30"),
                                    money(row, "days_31_60"), money(row, "over_60"), since,
                                    ChronoUnit.DAYS.between(since, asOf));
                        })
                .collectList()
                .map(customers -> new CreditAging(asOf, query.timeZone(), totals(customers), customers.size(),
                        customers, METHOD));
    }

    private static CreditAging.AgedUdhaar totals(List<CreditAging.CustomerUdhaar> customers) {
        return new CreditAging.AgedUdhaar(
                customers.stream().map(CreditAging.CustomerUdhaar::outstanding).reduce(Money.ZERO, Money::plus),
                customers.stream().map(CreditAging.CustomerUdhaar::days0To30).reduce(Money.ZERO, Money::plus),
                customers.stream().map(CreditAging.CustomerUdhaar::days31To60).reduce(Money.ZERO, Money::plus),
                customers.stream().map(CreditAging.CustomerUdhaar::over60Days).reduce(Money.ZERO, Money::plus));
    }
}
