package app.pos.kernel.analytics;

import java.util.UUID;

public record FetchHealthScore(UUID businessId, ReportPeriod period) {
}
