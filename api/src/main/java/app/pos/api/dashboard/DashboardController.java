package app.pos.api.dashboard;

import app.pos.kernel.identity.Permission;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Queries;
import app.pos.kernel.dashboard.ApprovalRequested;
import app.pos.kernel.dashboard.DashboardChanged;
import app.pos.kernel.dashboard.DashboardSignal;
import app.pos.kernel.dashboard.DashboardView;
import app.pos.kernel.dashboard.FetchDashboard;
import app.pos.kernel.dashboard.WatchDashboard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;

@RestController
@Tag(name = "Dashboard", description = "Today's figures (D1), live over server-sent events (D2)")
public class DashboardController {

    private final Queries queries;
    private final Duration heartbeat;
    private final Duration coalesce;

    public DashboardController(Queries queries,
                               @Value("${pos.stream.heartbeat:15s}") Duration heartbeat,
                               @Value("${pos.stream.coalesce:250ms}") Duration coalesce) {
        this.queries = queries;
        this.heartbeat = heartbeat;
        this.coalesce = coalesce;
    }

    @GetMapping("/api/v1/dashboard")
    @Operation(summary = "Today's sales, outstanding udhaar, inventory, customers and alerts (DASHBOARD_VIEW)")
    public Mono<DashboardView> dashboard(Caller caller) {
        return queries.ask(new FetchDashboard(caller.businessId()), DashboardView.class);
    }

    /**
     * A {@code dashboard} event at once and after every change (changes that come in a burst are read once
     * per {@code pos.stream.coalesce}), {@code approval-requested} events for those who approve bills, and a
     * comment every {@code pos.stream.heartbeat} so proxies keep the connection. Closing the connection
     * closes the subscription.
     */
    @GetMapping(path = "/api/v1/stream/dashboard", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live dashboard as server-sent events (DASHBOARD_VIEW); accepts ?access_token= for EventSource")
    public Flux<ServerSentEvent<Object>> stream(Caller caller, Authentication authentication) {
        boolean approver = authentication.getAuthorities().stream()
                .anyMatch(granted -> Permission.BILL_APPROVE.name().equals(granted.getAuthority()));
        return Flux.using(
                () -> queries.gateway().subscriptionQuery(new WatchDashboard(caller.businessId()),
                        ResponseTypes.instanceOf(DashboardView.class), ResponseTypes.instanceOf(DashboardSignal.class)),
                subscription -> events(subscription, caller, approver).mergeWith(heartbeats()),
                SubscriptionQueryResult::close);
    }

    private Flux<ServerSentEvent<Object>> events(SubscriptionQueryResult<DashboardView, DashboardSignal> subscription,
                                                 Caller caller, boolean approver) {
        Flux<ServerSentEvent<Object>> live = subscription.updates().publish(signals -> Flux.merge(
                signals.ofType(DashboardChanged.class)
                        .sample(coalesce)
                        .concatMap(changed -> queries.ask(new FetchDashboard(caller.businessId()), DashboardView.class))
                        .map(view -> event("dashboard", view)),
                signals.ofType(ApprovalRequested.class)
                        .filter(request -> approver)
                        .map(request -> event("approval-requested", request))));
        return subscription.initialResult().map(view -> event("dashboard", view)).concatWith(live);
    }

    private Flux<ServerSentEvent<Object>> heartbeats() {
        return Flux.interval(heartbeat).map(tick -> ServerSentEvent.builder().comment("heartbeat").build());
    }

    private static ServerSentEvent<Object> event(String name, Object data) {
        return ServerSentEvent.builder(data).event(name).build();
    }
}
