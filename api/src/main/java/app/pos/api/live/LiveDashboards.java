package app.pos.api.live;

import app.pos.api.shared.Queries;
import app.pos.kernel.dashboard.DashboardChanged;
import app.pos.kernel.dashboard.DashboardView;
import app.pos.kernel.dashboard.FetchDashboard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.UUID;

/**
 * A business's dashboard, read again after changes. Changes that come in a burst are read once per
 * {@code pos.stream.coalesce}, and once for all the business's watchers on this node. Every change is
 * followed by a read that starts after it, so the last figures a watcher gets are never stale.
 */
@Component
public class LiveDashboards {

    private static final int HELD_VIEWS = 64;

    private final Queries queries;
    private final SharedPerBusiness<DashboardView> dashboards;

    public LiveDashboards(Queries queries, BusinessSignals signals,
                          @Value("${pos.stream.coalesce:250ms}") Duration coalesce) {
        this.queries = queries;
        this.dashboards = new SharedPerBusiness<>(businessId -> signals.of(businessId)
                .ofType(DashboardChanged.class)
                .onBackpressureLatest()
                .sample(coalesce)
                .concatMap(changed -> now(businessId)));
    }

    public Mono<DashboardView> now(UUID businessId) {
        return queries.ask(new FetchDashboard(businessId), DashboardView.class);
    }

    /** The dashboard now, then after every change. */
    public Flux<DashboardView> watch(UUID businessId) {
        return Handover.after(now(businessId), dashboards.of(businessId), HELD_VIEWS);
    }
}
