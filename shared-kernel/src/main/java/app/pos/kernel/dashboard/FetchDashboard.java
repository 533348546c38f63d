package app.pos.kernel.dashboard;

import java.util.UUID;

public record FetchDashboard(UUID businessId) {
}
