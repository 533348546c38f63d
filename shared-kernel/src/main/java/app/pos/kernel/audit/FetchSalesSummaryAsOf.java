package app.pos.kernel.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * The totals of the bills completed in [from, to) as anyone could have seen them at {@code asOf}: bills
 * completed later, or changed later, count as they stood then. Answered with a
 * {@link app.pos.kernel.sales.SalesSummary}.
 */
public record FetchSalesSummaryAsOf(UUID businessId, Instant from, Instant to, Instant asOf) {
}
