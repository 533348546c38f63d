package app.pos.api.analytics;

import app.pos.api.problem.InvalidInput;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Queries;
import app.pos.kernel.analytics.FetchPaymentMethods;
import app.pos.kernel.analytics.FetchRevenue;
import app.pos.kernel.analytics.FetchSalesPatterns;
import app.pos.kernel.analytics.FetchTopProducts;
import app.pos.kernel.analytics.PaymentMethods;
import app.pos.kernel.analytics.ProductRanking;
import app.pos.kernel.analytics.RevenueInterval;
import app.pos.kernel.analytics.RevenueReport;
import app.pos.kernel.analytics.SalesPatterns;
import app.pos.kernel.analytics.TopProducts;
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

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics", description = "Trends, rankings, customers, udhaar, health and forecasts (D3), as JSON "
        + "or CSV (format=csv or Accept: text/csv), in the store's time zone")
public class SalesAnalyticsController {

    static final int MAX_HOURLY_DAYS = 31;
    static final int MAX_LIMIT = 100;
    static final String LIMIT = "How many, 1 to 100 (default 10)";

    private final Queries queries;
    private final Reports reports;

    public SalesAnalyticsController(Queries queries, Reports reports) {
        this.queries = queries;
        this.reports = reports;
    }

    @GetMapping("/revenue")
    @Operation(operationId = "getRevenue",
            summary = "Revenue per store day or hour, every bucket present, with bills and the average bill, "
            + "and the totals against the previous period (ANALYTICS_VIEW)")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = RevenueReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public Mono<ResponseEntity<Object>> revenue(
            @ParameterObject ReportParams params,
            @Parameter(description = "day (default) or hour; hourly series cover at most 31 days",
                    schema = @Schema(allowableValues = {"day", "hour"}))
            @RequestParam(required = false) String interval,
            ServerWebExchange exchange, Caller caller) {
        RevenueInterval cut = Reports.choice("interval", interval, RevenueInterval.DAY, RevenueInterval.class);
        return reports.overPeriod(caller, params, exchange, period -> {
            if (cut == RevenueInterval.HOUR && period.days() > MAX_HOURLY_DAYS) {
                throw new InvalidInput("interval", "hourly series cover at most " + MAX_HOURLY_DAYS + " days");
            }
            return queries.ask(new FetchRevenue(caller.businessId(), period, cut), RevenueReport.class);
        }, ReportTables::revenue);
    }

    @GetMapping("/top-products")
    @Operation(operationId = "getTopProducts",
            summary = "Best-selling products of the period by revenue (line totals after discounts, before "
            + "tax) or by units, with bills (ANALYTICS_VIEW)")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = TopProducts.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public Mono<ResponseEntity<Object>> topProducts(
            @ParameterObject ReportParams params,
            @Parameter(description = "revenue (default) or quantity",
                    schema = @Schema(allowableValues = {"revenue", "quantity"}))
            @RequestParam(required = false) String by,
            @Parameter(description = LIMIT) @RequestParam(required = false) Integer limit,
            ServerWebExchange exchange, Caller caller) {
        ProductRanking ranking = Reports.choice("by", by, ProductRanking.REVENUE, ProductRanking.class);
        int top = Reports.within("limit", limit, 10, 1, MAX_LIMIT);
        return reports.overPeriod(caller, params, exchange, period -> queries.ask(
                new FetchTopProducts(caller.businessId(), period, ranking, top), TopProducts.class),
                ReportTables::topProducts);
    }

    @GetMapping("/payment-methods")
    @Operation(operationId = "getPaymentMethodBreakdown",
            summary = "Amount, bills and share per tender method; cash net of change, CREDIT is udhaar "
            + "(ANALYTICS_VIEW)")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentMethods.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public Mono<ResponseEntity<Object>> paymentMethods(@ParameterObject ReportParams params,
                                                       ServerWebExchange exchange, Caller caller) {
        return reports.overPeriod(caller, params, exchange, period -> queries.ask(
                new FetchPaymentMethods(caller.businessId(), period), PaymentMethods.class),
                ReportTables::paymentMethods);
    }

    @GetMapping("/sales-patterns")
    @Operation(operationId = "getSalesPatterns",
            summary = "Revenue and bills by hour of the day (0-23) and by day of the week, on the store's "
            + "clock (ANALYTICS_VIEW)")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = SalesPatterns.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public Mono<ResponseEntity<Object>> salesPatterns(@ParameterObject ReportParams params,
                                                      ServerWebExchange exchange, Caller caller) {
        return reports.overPeriod(caller, params, exchange, period -> queries.ask(
                new FetchSalesPatterns(caller.businessId(), period), SalesPatterns.class),
                ReportTables::salesPatterns);
    }
}
