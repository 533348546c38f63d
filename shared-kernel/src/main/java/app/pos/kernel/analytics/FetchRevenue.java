package app.pos.kernel.analytics;

import java.util.UUID;

public record FetchRevenue(UUID businessId, ReportPeriod period, RevenueInterval interval) {
}
