package app.pos.api.live;

import app.pos.api.shared.Queries;
import app.pos.kernel.dashboard.DashboardChanged;
import app.pos.kernel.dashboard.DashboardView;
import app.pos.kernel.dashboard.FetchDashboard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Duration;
import java.util.UUID;

/**
 * A business's dashboard, read again after changes. Changes that come in a burst are read once per
 * {@code pos.stream.coalesce}, and once for all the business's watchers on this node; while a read is
 * under way, only the latest change waits for the next one. Every change is followed by a read that
 * starts after it, so the last figures a watcher gets are never stale.
 */
@Component
public class LiveDashboards {

    private static final Logger log = LoggerFactory.getLogger(LiveDashboards.class);
    private static final int HELD_VIEWS = 64;

    private final Queries queries;
    private final SharedPerBusiness<DashboardView> dashboards;

    public LiveDashboards(Queries queries, BusinessSignals signals,
                          @Value("${pos.stream.coalesce:250ms}") Duration coalesce) {
        this.queries = queries;
        this.dashboards = new SharedPerBusiness<>(businessId -> signals.of(businessId)
                .ofType(DashboardChanged.class)
                .sample(coalesce)
                .onBackpressureLatest()
                .concatMap(changed -> reread(businessId)));
    }

    public Mono<DashboardView> now(UUID businessId) {
        return queries.ask(new FetchDashboard(businessId), DashboardView.class);
    }

    /** A failed read is tried again; one that keeps failing is skipped, and the next change reads again. */
    private Mono<DashboardView> reread(UUID businessId) {
        return now(businessId)
                .retryWhen(Retry.backoff(3, Duration.ofMillis(50)))
                .onErrorResume(failure -> {
                    log.warn("The dashboard of business {} could not be read again; its watchers wait for the next change",
                            businessId, failure);
                    return Mono.empty();
                });
    }

    /** The dashboard now, then after every change. */
    public Flux<DashboardView> watch(UUID businessId) {
        return Handover.after(now(businessId), dashboards.of(businessId), HELD_VIEWS);
    }
}
