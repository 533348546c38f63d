package app.pos.kernel.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;

/** One event of the audit trail; {@code payload} and {@code metadata} are the event's own JSON. */
public record AuditEvent(long globalIndex, String eventId, String type, String aggregateType, String aggregateId,
                         @Nullable Long sequenceNumber, Instant timestamp, @JsonRawValue String payload,
                         Map<String, String> metadata) {
}
