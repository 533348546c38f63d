package app.pos.kernel.dashboard;

import java.util.UUID;

/** The figures of the dashboard may differ now: read them again. */
public record DashboardChanged(UUID businessId) implements DashboardSignal {
}
