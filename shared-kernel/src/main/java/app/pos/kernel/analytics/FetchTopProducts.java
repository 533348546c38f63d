package app.pos.kernel.analytics;

import java.util.UUID;

public record FetchTopProducts(UUID businessId, ReportPeriod period, ProductRanking by, int limit) {
}
