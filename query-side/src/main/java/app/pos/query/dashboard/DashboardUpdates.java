package app.pos.query.dashboard;

import app.pos.kernel.dashboard.DashboardChanged;
import app.pos.kernel.dashboard.DashboardSignal;
import app.pos.kernel.dashboard.WatchDashboard;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Tells the live dashboards of one business that something happened. Axon sends the signal after the
 * projection's unit of work commits, so a dashboard that reads again sees the change.
 */
@Component
public class DashboardUpdates {

    private final QueryUpdateEmitter emitter;

    public DashboardUpdates(QueryUpdateEmitter emitter) {
        this.emitter = emitter;
    }

    public void changed(UUID businessId) {
        signal(new DashboardChanged(businessId));
    }

    public void signal(DashboardSignal signal) {
        emitter.emit(WatchDashboard.class, query -> query.businessId().equals(signal.businessId()), signal);
    }
}
