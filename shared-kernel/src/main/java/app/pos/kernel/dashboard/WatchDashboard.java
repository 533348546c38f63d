package app.pos.kernel.dashboard;

import java.util.UUID;

/** A subscription: the dashboard now, then a {@link DashboardSignal} whenever something on it may have changed. */
public record WatchDashboard(UUID businessId) {
}
