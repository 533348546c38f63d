package app.pos.api.audit;

import app.pos.api.problem.InvalidInput;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Found;
import app.pos.api.shared.Queries;
import app.pos.kernel.audit.AuditEvent;
import app.pos.kernel.audit.AuditFilter;
import app.pos.kernel.audit.AuditPage;
import app.pos.kernel.audit.ListAuditEvents;
import app.pos.kernel.audit.StreamAuditEvents;
import app.pos.kernel.catalog.FindProduct;
import app.pos.kernel.catalog.ProductView;
import app.pos.kernel.customers.CustomerView;
import app.pos.kernel.customers.FindCustomer;
import app.pos.kernel.sales.FindSale;
import app.pos.kernel.sales.SaleView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = AuditTrailController.TAG, description = "Who changed what, when and from where (R1), the figures as "
        + "they were at any moment (R2), and proof that the stored history was not edited (R4)")
public class AuditTrailController {

    static final String TAG = "Audit";

    private static final int MAX_LIMIT = 500;

    private final Queries queries;
    private final AuditExport export;

    public AuditTrailController(Queries queries, AuditExport export) {
        this.queries = queries;
        this.export = export;
    }

    public record AuditFeed(List<AuditEvent> items, @Nullable String nextCursor) {
    }

    @GetMapping("/api/v1/audit/events")
    @Operation(operationId = "listAuditEvents",
            summary = "The business's events in event-store order, filtered, paged with an opaque cursor (AUDIT_VIEW)")
    public Mono<AuditFeed> events(@ParameterObject AuditFilterParams filter,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(defaultValue = "50") int limit, Caller caller) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return page(filter.of(caller.businessId()), Cursor.decode(cursor), limit);
    }

    @GetMapping("/api/v1/audit/events/export")
    @Operation(operationId = "exportAuditEvents",
            summary = "The filtered audit trail as NDJSON or CSV, streamed from the database (AUDIT_VIEW)")
    public ResponseEntity<Flux<String>> exportEvents(
            @Parameter(schema = @Schema(allowableValues = {"ndjson", "csv"}))
            @RequestParam(defaultValue = "ndjson") String format,
            @ParameterObject AuditFilterParams filter, Caller caller) {
        AuditExport.Format chosen = AuditExport.Format.of(format);
        Flux<AuditEvent> events = Flux.from(queries.gateway().streamingQuery(
                new StreamAuditEvents(filter.of(caller.businessId())), AuditEvent.class));
        return ResponseEntity.ok()
                .contentType(chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-events." + chosen.extension() + "\"")
                .body(export.lines(chosen, events));
    }

    @GetMapping("/api/v1/sales/{id}/history")
    @Operation(operationId = "getSaleHistory",
            summary = "Every event of one bill, oldest first (AUDIT_VIEW)")
    public Mono<AuditFeed> saleHistory(@PathVariable UUID id, @RequestParam(required = false) String cursor,
                                       Caller caller) {
        return timeline(queries.ask(new FindSale(caller.businessId(), id), SaleView.class), "SALE_NOT_FOUND", id,
                cursor, caller);
    }

    @GetMapping("/api/v1/products/{id}/history")
    @Operation(operationId = "getProductHistory",
            summary = "Every event of one product, its stock movements included, oldest first (AUDIT_VIEW)")
    public Mono<AuditFeed> productHistory(@PathVariable UUID id, @RequestParam(required = false) String cursor,
                                          Caller caller) {
        return timeline(queries.ask(new FindProduct(caller.businessId(), id), ProductView.class), "PRODUCT_NOT_FOUND",
                id, cursor, caller);
    }

    /**
     * API.md gives {@code /customers/{id}/history} to the customer's bills, which tills rely on; the
     * customer's events, udhaar and wallet included, live beside the other audit reads instead.
     */
    @GetMapping("/api/v1/audit/customers/{id}/history")
    @Operation(operationId = "getCustomerAuditHistory",
            summary = "Every event of one customer, udhaar and wallet included, oldest first (AUDIT_VIEW)")
    public Mono<AuditFeed> customerHistory(@PathVariable UUID id, @RequestParam(required = false) String cursor,
                                           Caller caller) {
        return timeline(queries.ask(new FindCustomer(caller.businessId(), id), CustomerView.class),
                "CUSTOMER_NOT_FOUND", id, cursor, caller);
    }

    /** One entity's events, once the caller's business is known to hold that entity: else its own 404. */
    private Mono<AuditFeed> timeline(Mono<?> entity, String notFoundCode, UUID id, String cursor, Caller caller) {
        AuditFilter ofEntity = new AuditFilter(caller.businessId(), null, null, id.toString(), null, null, null, null);
        return Found.orNotFound(entity, notFoundCode, id).then(page(ofEntity, Cursor.decode(cursor), MAX_LIMIT));
    }

    private Mono<AuditFeed> page(AuditFilter filter, long after, int limit) {
        return queries.ask(new ListAuditEvents(filter, after, limit), AuditPage.class)
                .map(page -> new AuditFeed(page.items(), Cursor.encode(page.nextAfter())));
    }

    /** Opaque to clients: the position of the last event of the previous page. */
    static final class Cursor {

        private Cursor() {
        }

        static String encode(Long after) {
            return after == null ? null : Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("after:" + after).getBytes(StandardCharsets.UTF_8));
        }

        static long decode(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return 0;
            }
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                if (text.startsWith("after:")) {
                    return Long.parseLong(text.substring("after:".length()));
                }
            } catch (IllegalArgumentException malformed) {
                // reported below
            }
            throw new InvalidInput("cursor", "is not a cursor this server gave out");
        }
    }
}
