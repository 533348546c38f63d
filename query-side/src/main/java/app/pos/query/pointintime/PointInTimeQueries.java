package app.pos.query.pointintime;

import app.pos.kernel.audit.CustomerBalanceAsOf;
import app.pos.kernel.audit.FetchCreditOutstandingAsOf;
import app.pos.kernel.audit.FetchCustomerBalanceAsOf;
import app.pos.kernel.audit.FetchSalesSummaryAsOf;
import app.pos.kernel.audit.FetchStockAsOf;
import app.pos.kernel.audit.StockAsOf;
import app.pos.kernel.credit.CreditOutstanding;
import app.pos.kernel.credit.CreditTaken;
import app.pos.kernel.money.Money;
import app.pos.kernel.sales.SaleCompleted;
import app.pos.kernel.sales.SalesSummary;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Figures as they stood at any instant (R2), computed by folding events from the event store, never by
 * reading a projection: what the books said then, whatever the query tables say now.
 */
@Component
public class PointInTimeQueries {

    /** How many aggregates are folded at once for store-wide figures. */
    private static final int CONCURRENT_FOLDS = 4;

    /** An event's timestamp and the instant in its payload differ by moments; the index is searched this much wider. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    private final EventHistory history;

    public PointInTimeQueries(EventHistory history) {
        this.history = history;
    }

    @QueryHandler
    public CompletableFuture<StockAsOf> handle(FetchStockAsOf query) {
        return product(query.productId(), query.asOf())
                .filter(product -> product.existedIn(query.businessId()))
                .map(product -> product.at(query.asOf()))
                .toFuture();
    }

    @QueryHandler
    public CompletableFuture<CustomerBalanceAsOf> handle(FetchCustomerBalanceAsOf query) {
        return customer(query.customerId(), query.asOf())
                .filter(customer -> customer.existedIn(query.businessId()))
                .map(customer -> customer.at(query.asOf()))
                .toFuture();
    }

    @QueryHandler
    public CompletableFuture<SalesSummary> handle(FetchSalesSummaryAsOf query) {
        Instant until = earlier(query.to().plus(CLOCK_SLACK), query.asOf());
        return history.aggregatesWith(query.businessId(), List.of(SaleCompleted.class.getSimpleName()),
                        query.from().minus(CLOCK_SLACK), until)
                .flatMap(saleId -> sale(saleId, query.asOf()), CONCURRENT_FOLDS)
                .filter(sale -> sale.completedWithin(query.businessId(), query.from(), query.to()))
                .reduce(SalesTotals.NONE, (totals, sale) -> totals.plus(sale.completedBill()))
                .map(SalesTotals::summary)
                .toFuture();
    }

    /** Only customers who ever took udhaar can owe any; each one's balance is folded to the instant. */
    @QueryHandler
    public CompletableFuture<CreditOutstanding> handle(FetchCreditOutstandingAsOf query) {
        return history.aggregatesWith(query.businessId(), List.of(CreditTaken.class.getSimpleName()), Instant.EPOCH,
                        query.asOf())
                .flatMap(customerId -> customer(customerId, query.asOf()), CONCURRENT_FOLDS)
                .filter(customer -> customer.existedIn(query.businessId()) && customer.credit().isPositive())
                .reduce(new CreditOutstanding(Money.ZERO, 0), (outstanding, customer) -> new CreditOutstanding(
                        outstanding.totalAmount().plus(customer.credit()), outstanding.customersCount() + 1))
                .toFuture();
    }

    private Mono<ProductAtInstant> product(UUID productId, Instant asOf) {
        return history.upTo(productId, asOf).reduce(ProductAtInstant.BEFORE_CREATION, ProductAtInstant::apply);
    }

    private Mono<CustomerAtInstant> customer(UUID customerId, Instant asOf) {
        return history.upTo(customerId, asOf).reduce(CustomerAtInstant.BEFORE_REGISTRATION, CustomerAtInstant::apply);
    }

    private Mono<SaleAtInstant> sale(UUID saleId, Instant asOf) {
        return history.upTo(saleId, asOf).reduce(SaleAtInstant.OPEN, SaleAtInstant::apply);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
