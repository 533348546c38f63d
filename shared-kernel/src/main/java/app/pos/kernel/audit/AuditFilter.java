package app.pos.kernel.audit;

import java.time.Instant;
import java.util.UUID;

/** Which events to show; every field but the business is optional. The time range is [from, to). */
public record AuditFilter(UUID businessId, String type, String aggregateType, String aggregateId, String userId,
                          String terminalId, Instant from, Instant to) {
}
