package app.pos.api.dashboard;

import app.pos.api.live.LiveDashboards;
import app.pos.api.live.LiveStreams;
import app.pos.api.live.ResumableFeed;
import app.pos.api.shared.Caller;
import app.pos.kernel.dashboard.DashboardView;
import app.pos.kernel.dashboard.LiveStream;
import app.pos.kernel.identity.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.OptionalLong;

import static app.pos.api.live.LiveStreams.event;

@RestController
@Tag(name = "Dashboard", description = "Today's figures (D1), live over server-sent events (D2)")
public class DashboardController {

    private final LiveDashboards dashboards;
    private final ResumableFeed feed;
    private final LiveStreams streams;

    public DashboardController(LiveDashboards dashboards, ResumableFeed feed, LiveStreams streams) {
        this.dashboards = dashboards;
        this.feed = feed;
        this.streams = streams;
    }

    @GetMapping("/api/v1/dashboard")
    @Operation(operationId = "getDashboard",
            summary = "Today's sales, outstanding udhaar, inventory, customers and alerts (DASHBOARD_VIEW)")
    public Mono<DashboardView> dashboard(Caller caller) {
        return dashboards.now(caller.businessId());
    }

    /**
     * {@code dashboard} events: the figures at once and after every change, at most one per
     * {@code pos.stream.coalesce}. {@code alert} events when a product falls below its minimum or comes within
     * its expiry window; {@code approval-requested} and {@code approval-decided} for those who approve bills.
     * These carry ids: a reconnecting client is sent the ones it missed.
     */
    @GetMapping(path = "/api/v1/stream/dashboard", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ApiResponse(responseCode = "200", description = "Server-sent events, each with an `event:` type and JSON `data:`: "
            + "`dashboard` (the `DashboardView` of GET /api/v1/dashboard) on connect and after every change; "
            + "`alert` (`kind` LOW_STOCK or EXPIRING, `productId`, `name`, `currentStock`, `minStock`, `unit`, "
            + "`expiryDate`, `daysLeft`); `approval-requested` (`saleId`, `billNumber`, `totalAmount`, "
            + "`requestedBy`, `requestedAt`) and `approval-decided` (`saleId`, `billNumber`, `decision`, "
            + "`decidedBy`, `notes`, `decidedAt`) to those holding BILL_APPROVE. Every event but `dashboard` "
            + "has an `id:` to resume from; `:heartbeat` comments keep the connection open",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @Operation(operationId = "streamDashboard",
            summary = "Live dashboard, alerts and approvals as server-sent events (DASHBOARD_VIEW); "
            + "accepts ?access_token= for EventSource and resumes after Last-Event-ID")
    public Flux<ServerSentEvent<Object>> stream(Caller caller, Authentication authentication,
                                                @RequestHeader(name = LiveStreams.LAST_EVENT_ID, required = false)
                                                String lastEventIdHeader,
                                                @RequestParam(required = false) String lastEventId) {
        OptionalLong lastSeen = LiveStreams.lastSeen(lastEventIdHeader, lastEventId);
        boolean approver = authentication.getAuthorities().stream()
                .anyMatch(granted -> Permission.BILL_APPROVE.name().equals(granted.getAuthority()));
        Flux<ServerSentEvent<Object>> figures = dashboards.watch(caller.businessId())
                .map(view -> event("dashboard", view));
        Flux<ServerSentEvent<Object>> pushes = feed.watch(caller.businessId(), LiveStream.DASHBOARD, lastSeen,
                push -> approver || !push.type().startsWith("approval-"));
        return streams.open(figures.mergeWith(pushes));
    }
}
