package app.pos.api.live;

import app.pos.kernel.dashboard.DashboardSignal;
import app.pos.kernel.dashboard.DashboardView;
import app.pos.kernel.dashboard.WatchDashboard;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.util.UUID;

import static org.axonframework.messaging.responsetypes.ResponseTypes.instanceOf;

/**
 * Everything a business's live streams react to, from one Axon subscription per business: a thousand open
 * dashboards of one store cost the query side one subscription, not a thousand.
 */
@Component
public class BusinessSignals {

    private static final int UPDATE_BUFFER = 8192;

    private final SharedPerBusiness<DashboardSignal> signals;

    public BusinessSignals(QueryGateway gateway) {
        this.signals = new SharedPerBusiness<>(businessId -> Flux.using(
                () -> gateway.subscriptionQuery(WatchDashboard.class.getName(), new WatchDashboard(businessId),
                        instanceOf(DashboardView.class),
                        instanceOf(DashboardSignal.class), UPDATE_BUFFER),
                SubscriptionQueryResult::updates,
                SubscriptionQueryResult::close));
    }

    public Flux<DashboardSignal> of(UUID businessId) {
        return signals.of(businessId);
    }
}
