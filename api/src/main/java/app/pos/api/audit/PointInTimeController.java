package app.pos.api.audit;

import app.pos.api.problem.InvalidInput;
import app.pos.api.settings.StoreClock;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Found;
import app.pos.api.shared.Queries;
import app.pos.kernel.audit.CustomerBalanceAsOf;
import app.pos.kernel.audit.FetchCreditOutstandingAsOf;
import app.pos.kernel.audit.FetchCustomerBalanceAsOf;
import app.pos.kernel.audit.FetchSalesSummaryAsOf;
import app.pos.kernel.audit.FetchStockAsOf;
import app.pos.kernel.audit.StockAsOf;
import app.pos.kernel.credit.CreditOutstanding;
import app.pos.kernel.sales.SalesSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the books said at any instant (R2), folded from the event store. Without {@code asOf} the answer is
 * the current state, which must agree with the live query tables.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = AuditTrailController.TAG)
public class PointInTimeController {

    private static final String AS_OF = "The instant to look at (ISO-8601, e.g. 2026-11-20T14:02:00Z); now if left out";

    private final Queries queries;
    private final StoreClock storeClock;
    private final Clock clock;

    public PointInTimeController(Queries queries, StoreClock storeClock, Clock clock) {
        this.queries = queries;
        this.storeClock = storeClock;
        this.clock = clock;
    }

    public record DaySalesAsOf(LocalDate date, Instant asOf, SalesSummary summary) {
    }

    public record CreditOutstandingAsOf(Instant asOf, CreditOutstanding outstanding) {
    }

    @GetMapping("/products/{id}/stock")
    @Operation(operationId = "getStockAsOf",
            summary = "A product's stock as it stood at an instant, folded from its events (AUDIT_VIEW)")
    public Mono<StockAsOf> stock(@PathVariable UUID id,
                                 @Parameter(description = AS_OF) @RequestParam(required = false) Instant asOf,
                                 Caller caller) {
        return Found.orNotFound(queries.ask(new FetchStockAsOf(caller.businessId(), id, instant(asOf)),
                StockAsOf.class), "PRODUCT_NOT_FOUND", id);
    }

    @GetMapping("/customers/{id}/balance")
    @Operation(operationId = "getCustomerBalanceAsOf",
            summary = "A customer's udhaar and wallet balances as they stood at an instant (AUDIT_VIEW)")
    public Mono<CustomerBalanceAsOf> balance(@PathVariable UUID id,
                                             @Parameter(description = AS_OF) @RequestParam(required = false) Instant asOf,
                                             Caller caller) {
        return Found.orNotFound(queries.ask(new FetchCustomerBalanceAsOf(caller.businessId(), id, instant(asOf)),
                CustomerBalanceAsOf.class), "CUSTOMER_NOT_FOUND", id);
    }

    @GetMapping("/sales/summary")
    @Operation(operationId = "getSalesSummaryAsOf",
            summary = "A day's sales totals (store time zone) as they stood at an instant (AUDIT_VIEW)")
    public Mono<DaySalesAsOf> daySales(@Parameter(description = "The store's day; today if left out")
                                       @RequestParam(required = false) LocalDate date,
                                       @Parameter(description = AS_OF) @RequestParam(required = false) Instant asOf,
                                       Caller caller) {
        Instant at = instant(asOf);
        return storeClock.zone(caller).flatMap(zone -> {
            LocalDate day = date != null ? date : at.atZone(zone).toLocalDate();
            return queries.ask(new FetchSalesSummaryAsOf(caller.businessId(), day.atStartOfDay(zone).toInstant(),
                            day.plusDays(1).atStartOfDay(zone).toInstant(), at), SalesSummary.class)
                    .map(summary -> new DaySalesAsOf(day, at, summary));
        });
    }

    @GetMapping("/credit/outstanding")
    @Operation(operationId = "getCreditOutstandingAsOf",
            summary = "The store's outstanding udhaar as it stood at an instant (AUDIT_VIEW)")
    public Mono<CreditOutstandingAsOf> outstanding(@Parameter(description = AS_OF)
                                                   @RequestParam(required = false) Instant asOf, Caller caller) {
        Instant at = instant(asOf);
        return queries.ask(new FetchCreditOutstandingAsOf(caller.businessId(), at), CreditOutstanding.class)
                .map(outstanding -> new CreditOutstandingAsOf(at, outstanding));
    }

    private Instant instant(Instant asOf) {
        Instant now = clock.instant();
        if (asOf == null) {
            return now;
        }
        if (asOf.isAfter(now)) {
            throw new InvalidInput("asOf", "AS_OF_IN_FUTURE", "asOf is later than now; the future has no events yet");
        }
        return asOf;
    }
}
