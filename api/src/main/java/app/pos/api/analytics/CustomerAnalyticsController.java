package app.pos.api.analytics;

import app.pos.api.problem.InvalidInput;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Queries;
import app.pos.kernel.analytics.CreditAging;
import app.pos.kernel.analytics.CustomerAnalytics;
import app.pos.kernel.analytics.FetchCreditAging;
import app.pos.kernel.analytics.FetchCustomerAnalytics;
import app.pos.kernel.analytics.FetchRecurringRevenue;
import app.pos.kernel.analytics.FetchTopCustomers;
import app.pos.kernel.analytics.RecurringRevenue;
import app.pos.kernel.analytics.TopCustomers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.LocalDate;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics")
public class CustomerAnalyticsController {

    private final Queries queries;
    private final Reports reports;

    public CustomerAnalyticsController(Queries queries, Reports reports) {
        this.queries = queries;
        this.reports = reports;
    }

    @GetMapping("/top-customers")
    @Operation(operationId = "getTopCustomers",
            summary = "The customers who spent most in the period, with bills, average bill and last visit "
            + "(ANALYTICS_VIEW)")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = TopCustomers.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public Mono<ResponseEntity<Object>> topCustomers(
            @ParameterObject ReportParams params,
            @Parameter(description = SalesAnalyticsController.LIMIT) @RequestParam(required = false) Integer limit,
            ServerWebExchange exchange, Caller caller) {
        int top = Reports.within("limit", limit, 10, 1, SalesAnalyticsController.MAX_LIMIT);
        return reports.overPeriod(caller, params, exchange, period -> queries.ask(
                new FetchTopCustomers(caller.businessId(), period, top), TopCustomers.class),
                ReportTables::topCustomers);
    }

    @GetMapping("/customers")
    @Operation(operationId = "getCustomerAnalytics",
            summary = "Customer growth (new per day, running total) and retention: who bought last period "
            + "and came back, repeat buyers, new against returning buyers (ANALYTICS_VIEW)")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = CustomerAnalytics.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public Mono<ResponseEntity<Object>> customers(@ParameterObject ReportParams params, ServerWebExchange exchange,
                                                  Caller caller) {
        return reports.overPeriod(caller, params, exchange, period -> queries.ask(
                new FetchCustomerAnalytics(caller.businessId(), period), CustomerAnalytics.class),
                ReportTables::customers);
    }

    @GetMapping("/credit-aging")
    @Operation(operationId = "getCreditAging",
            summary = "Udhaar outstanding aged 0-30, 31-60 and over 60 days, in total and per customer, "
            + "oldest unpaid first; payments settle the oldest credit first (ANALYTICS_VIEW)")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = CreditAging.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public Mono<ResponseEntity<Object>> creditAging(
            @Parameter(description = "The store day to age at, e.g. 2026-11-21; today if left out")
            @RequestParam(required = false) String asOf,
            @Parameter(description = Reports.FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
            @RequestParam(required = false) String format,
            ServerWebExchange exchange, Caller caller) {
        return reports.asOfToday(caller, format, exchange, today -> {
            LocalDate day = asOf == null || asOf.isBlank() ? today.date() : ReportParams.date("asOf", asOf);
            if (day.isAfter(today.date())) {
                throw new InvalidInput("asOf", "AS_OF_IN_FUTURE", "asOf is later than today");
            }
            return queries.ask(new FetchCreditAging(caller.businessId(), day, today.timeZone()), CreditAging.class);
        }, ReportTables::creditAging);
    }

    @GetMapping("/mrr")
    @Operation(operationId = "getRecurringRevenue",
            summary = "Monthly recurring revenue from repeat customers (bought in two or more months of the "
            + "look-back), its trend, and 30/60/90-day projections with an 80% interval (ANALYTICS_VIEW)")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = RecurringRevenue.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public Mono<ResponseEntity<Object>> recurringRevenue(
            @Parameter(description = "Complete months to look back over, 2 to 24 (default 6)")
            @RequestParam(required = false) Integer months,
            @Parameter(description = Reports.FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
            @RequestParam(required = false) String format,
            ServerWebExchange exchange, Caller caller) {
        int lookBack = Reports.within("months", months, 6, 2, 24);
        return reports.asOfToday(caller, format, exchange, today -> queries.ask(new FetchRecurringRevenue(
                        caller.businessId(), today.date(), today.timeZone(), lookBack), RecurringRevenue.class),
                ReportTables::recurringRevenue);
    }
}
