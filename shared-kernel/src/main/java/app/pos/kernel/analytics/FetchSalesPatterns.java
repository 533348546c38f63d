package app.pos.kernel.analytics;

import java.util.UUID;

public record FetchSalesPatterns(UUID businessId, ReportPeriod period) {
}
