package app.pos.kernel.analytics;

import java.util.UUID;

public record FetchCustomerAnalytics(UUID businessId, ReportPeriod period) {
}
