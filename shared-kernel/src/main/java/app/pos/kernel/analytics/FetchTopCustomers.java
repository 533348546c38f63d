package app.pos.kernel.analytics;

import java.util.UUID;

public record FetchTopCustomers(UUID businessId, ReportPeriod period, int limit) {
}
