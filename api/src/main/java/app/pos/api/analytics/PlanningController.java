package app.pos.api.analytics;

import app.pos.api.problem.InvalidInput;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Found;
import app.pos.api.shared.Queries;
import app.pos.kernel.analytics.DemandForecasts;
import app.pos.kernel.analytics.FetchDemandForecasts;
import app.pos.kernel.analytics.FetchHealthScore;
import app.pos.kernel.analytics.FetchReorderSuggestions;
import app.pos.kernel.analytics.HealthScore;
import app.pos.kernel.analytics.ReorderSuggestions;
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

import java.util.List;
import java.util.UUID;

/** Looking ahead: how the business is doing overall, what will sell, and what to buy. */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics")
public class PlanningController {

    private static final List<Integer> HORIZONS = List.of(30, 60, 90);

    private final Queries queries;
    private final Reports reports;

    public PlanningController(Queries queries, Reports reports) {
        this.queries = queries;
        this.reports = reports;
    }

    @GetMapping("/health-score")
    @Operation(operationId = "getHealthScore",
            summary = "A 0-100 business health score with its factors (revenue trend, customer retention, "
            + "credit collection, stock health), each with its value, score, weight and rule (ANALYTICS_VIEW)")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = HealthScore.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public Mono<ResponseEntity<Object>> healthScore(@ParameterObject ReportParams params, ServerWebExchange exchange,
                                                    Caller caller) {
        return reports.overPeriod(caller, params, exchange, period -> queries.ask(
                new FetchHealthScore(caller.businessId(), period), HealthScore.class), ReportTables::healthScore);
    }

    @GetMapping("/forecasts")
    @ApiResponse(responseCode = "404",
            description = "`PRODUCT_NOT_FOUND`: `productId` names no product of the business")
    @Operation(operationId = "getDemandForecasts",
            summary = "Units a product is expected to sell in the next 30, 60 or 90 days with an 80% interval "
            + "and the method used; without productId, the products that sold most in the last four weeks "
            + "(ANALYTICS_VIEW)")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = DemandForecasts.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public Mono<ResponseEntity<Object>> forecasts(
            @Parameter(description = "One product; the best sellers if left out")
            @RequestParam(required = false) UUID productId,
            @Parameter(description = "30, 60 or 90 days; all three if left out")
            @RequestParam(required = false) Integer horizon,
            @Parameter(description = "How many best sellers, 1 to 100 (default 10)")
            @RequestParam(required = false) Integer limit,
            @Parameter(description = Reports.FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
            @RequestParam(required = false) String format,
            ServerWebExchange exchange, Caller caller) {
        if (horizon != null && !HORIZONS.contains(horizon)) {
            throw new InvalidInput("horizon", "must be 30, 60 or 90");
        }
        List<Integer> horizons = horizon == null ? HORIZONS : List.of(horizon);
        int top = Reports.within("limit", limit, 10, 1, SalesAnalyticsController.MAX_LIMIT);
        return reports.asOfToday(caller, format, exchange, today -> Found.orNotFound(queries.ask(
                        new FetchDemandForecasts(caller.businessId(), today.date(), today.timeZone(), productId,
                                horizons, top), DemandForecasts.class), "PRODUCT_NOT_FOUND", productId),
                ReportTables::forecasts);
    }

    @GetMapping("/reorder-suggestions")
    @Operation(operationId = "getReorderSuggestions",
            summary = "Active products to order, how much and by when: the day forecast sales bring stock to "
            + "the reorder point (lead-time demand plus 95% safety stock), most urgent first (ANALYTICS_VIEW)")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ReorderSuggestions.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public Mono<ResponseEntity<Object>> reorderSuggestions(
            @Parameter(description = "Days from order to delivery, 1 to 90 (default 7)")
            @RequestParam(required = false) Integer leadTimeDays,
            @Parameter(description = "Days an order should last once delivered, 1 to 180 (default 30)")
            @RequestParam(required = false) Integer coverDays,
            @Parameter(description = Reports.FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
            @RequestParam(required = false) String format,
            ServerWebExchange exchange, Caller caller) {
        int lead = Reports.within("leadTimeDays", leadTimeDays, 7, 1, 90);
        int cover = Reports.within("coverDays", coverDays, 30, 1, 180);
        return reports.asOfToday(caller, format, exchange, today -> queries.ask(new FetchReorderSuggestions(
                        caller.businessId(), today.date(), today.timeZone(), lead, cover), ReorderSuggestions.class),
                ReportTables::reorderSuggestions);
    }
}
