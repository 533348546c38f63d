package app.pos.query.analytics;

import app.pos.kernel.analytics.CreditAging;
import app.pos.kernel.analytics.CustomerAnalytics;
import app.pos.kernel.analytics.FetchCreditAging;
import app.pos.kernel.analytics.FetchHealthScore;
import app.pos.kernel.analytics.HealthScore;
import app.pos.kernel.analytics.HealthScore.HealthFactor;
import app.pos.kernel.analytics.ReportPeriod;
import app.pos.query.shared.Reads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.number;

/**
 * The business's health in one number: four factors, each scored 0-100 by a rule simple enough to state
 * in a line, weighted and added up.
 */
@Component
public class HealthScoreQueries {

    static final BigDecimal REVENUE_WEIGHT = new BigDecimal("0.35");
    static final BigDecimal RETENTION_WEIGHT = new BigDecimal("0.25");
    static final BigDecimal CREDIT_WEIGHT = new BigDecimal("0.20");
    static final BigDecimal STOCK_WEIGHT = new BigDecimal("0.20");
    private static final int NEUTRAL = 50;
    private static final String PERCENT = "percent";

    private final Reads reads;
    private final CompletedSales sales;
    private final CustomerAnalyticsQueries customers;
    private final CreditAgingQueries credit;

    public HealthScoreQueries(Reads reads, CompletedSales sales, CustomerAnalyticsQueries customers,
                              CreditAgingQueries credit) {
        this.reads = reads;
        this.sales = sales;
        this.customers = customers;
        this.credit = credit;
    }

    @QueryHandler
    public CompletableFuture<HealthScore> handle(FetchHealthScore query) {
        ReportPeriod period = query.period();
        StoreCalendar calendar = new StoreCalendar(period.timeZone());
        Mono<HealthFactor> revenue = Mono.zip(
                        sales.takings(query.businessId(), calendar.startOf(period.from()), calendar.endOf(period.to())),
                        sales.takings(query.businessId(), calendar.startOf(period.previousFrom()),
                                calendar.endOf(period.previousTo())))
                .map(both -> revenueTrend(both.getT1(), both.getT2()));
        Mono<HealthFactor> retention = customers.retention(query.businessId(), period)
                .map(HealthScoreQueries::retention);
        Mono<HealthFactor> collection = credit
                .aging(new FetchCreditAging(query.businessId(), period.to(), period.timeZone()))
                .map(HealthScoreQueries::creditCollection);
        Mono<HealthFactor> stock = reads.one("""
                        SELECT COUNT(*) AS active,
                            COALESCE(SUM(CASE WHEN stock_quantity > 0 AND stock_quantity >= min_stock_level
                                THEN 1 ELSE 0 END), 0) AS stocked
                        FROM product_view WHERE business_id = :businessId AND status = 'ACTIVE'""",
                params().uuid("businessId", query.businessId()),
                row -> stockHealth(number(row, "stocked"), number(row, "active")));
        return Mono.zip(revenue, retention, collection, stock)
                .map(all -> score(period, List.of(all.getT1(), all.getT2(), all.getT3(), all.getT4())))
                .toFuture();
    }

    static HealthScore score(ReportPeriod period, List<HealthFactor> factors) {
        BigDecimal weighted = factors.stream()
                .map(factor -> factor.weight().multiply(BigDecimal.valueOf(factor.score())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int score = weighted.setScale(0, RoundingMode.HALF_UP).intValueExact();
        String rating = score >= 75 ? "HEALTHY" : score >= 50 ? "FAIR" : "AT_RISK";
        return new HealthScore(period.from(), period.to(), period.timeZone(), score, rating, factors);
    }

    static HealthFactor revenueTrend(Takings current, Takings previous) {
        BigDecimal change = Ratios.change(current.revenue().amount(), previous.revenue().amount());
        int score = change != null ? clamp(BigDecimal.valueOf(60).add(change.multiply(BigDecimal.valueOf(2))))
                : current.revenue().isPositive() ? 100 : 0;
        return new HealthFactor("revenueTrend", change, PERCENT, score, REVENUE_WEIGHT,
                "Revenue against the previous period in percent: 60 when flat, 2 points more for each % of growth "
                        + "(100 at +20 %) and 2 fewer for each % of decline (0 at -30 %); 100 if the previous period "
                        + "had no sales and this one has, 0 if neither has.");
    }

    static HealthFactor retention(CustomerAnalytics.CustomerRetention retention) {
        BigDecimal rate = retention.retentionRatePercent();
        return new HealthFactor("customerRetention", rate, PERCENT, rate == null ? NEUTRAL : clamp(rate),
                RETENTION_WEIGHT,
                "Share of the previous period's buying customers who bought again in this one; the percentage is "
                        + "the score (50 when no customer bought in the previous period).");
    }

    static HealthFactor creditCollection(CreditAging aging) {
        BigDecimal current = Ratios.percent(aging.totals().days0To30().amount(), aging.totals().outstanding().amount());
        return new HealthFactor("creditCollection", current, PERCENT, current == null ? 100 : clamp(current),
                CREDIT_WEIGHT,
                "Share of outstanding udhaar given in the last 30 days, so not yet overdue, at the end of the "
                        + "period; the percentage is the score (100 when nothing is owed).");
    }

    static HealthFactor stockHealth(long stocked, long active) {
        BigDecimal share = Ratios.percent(stocked, active);
        return new HealthFactor("stockHealth", share, PERCENT, share == null ? NEUTRAL : clamp(share), STOCK_WEIGHT,
                "Share of active products in stock at or above their minimum level; the percentage is the score "
                        + "(50 with no active products).");
    }

    private static int clamp(BigDecimal score) {
        return score.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
