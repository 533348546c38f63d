package app.pos.api.audit;

import app.pos.kernel.audit.AuditFilter;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** The audit trail's filters as query parameters, shared by the feed and the export; all optional, all combined. */
public record AuditFilterParams(
        @Parameter(description = "The event's type, e.g. SaleCompleted") @Nullable String type,
        @Parameter(description = "The kind of record, e.g. Sale or Product") @Nullable String aggregateType,
        @Parameter(description = "One record's id") @Nullable String aggregateId,
        @Parameter(description = "Who caused it") @Nullable String userId,
        @Parameter(description = "The till it came from (X-Terminal-Id)") @Nullable String terminalId,
        @Parameter(description = "From this instant, included") @Nullable Instant from,
        @Parameter(description = "Up to this instant, excluded") @Nullable Instant to) {

    AuditFilter of(UUID businessId) {
        return new AuditFilter(businessId, type, aggregateType, aggregateId, userId, terminalId, from, to);
    }
}
