package app.pos.kernel.dashboard;

import java.util.UUID;

/** Something happened in a business that a live dashboard should show. */
public interface DashboardSignal {

    UUID businessId();
}
