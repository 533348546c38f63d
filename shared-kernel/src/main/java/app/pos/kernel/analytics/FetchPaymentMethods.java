package app.pos.kernel.analytics;

import java.util.UUID;

public record FetchPaymentMethods(UUID businessId, ReportPeriod period) {
}
