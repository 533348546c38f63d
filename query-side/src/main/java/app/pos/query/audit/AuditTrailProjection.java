package app.pos.query.audit;

import app.pos.query.shared.ProjectionTables;
import app.pos.query.shared.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.lang.reflect.Method;
import java.util.UUID;
import java.util.regex.Pattern;

import static app.pos.query.shared.Params.params;

/**
 * Every event, with who caused it, from which till, in answer to which request, as the audit trail
 * reads it. The business is the one the event itself names, so history written before any request
 * metadata existed (the demo store's seeding) is still scoped correctly.
 */
@Component
@ProcessingGroup(Projections.GROUP)
@ProjectionTables(name = "audit", tables = {"audit_event"})
public class AuditTrailProjection {

    private static final Pattern SECRET = Pattern.compile("\"(passwordHash|pinHash)\"\\s*:\\s*\"[^\"]*\"");

    private final Projections projections;
    private final Serializer serializer;
    private final StoredEventIndexes indexes;

    public AuditTrailProjection(Projections projections, @Qualifier("eventSerializer") Serializer serializer,
                                StoredEventIndexes indexes) {
        this.projections = projections;
        this.serializer = serializer;
        this.indexes = indexes;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken position) {
        MetaData meta = event.getMetaData();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        projections.write("""
                        INSERT INTO audit_event (event_id, global_index, business_id, event_type, aggregate_type,
                            aggregate_id, sequence_number, occurred_at, user_id, user_role, terminal_id,
                            correlation_id, causation_id, request_id, payload)
                        VALUES (:eventId, :globalIndex, :businessId, :type, :aggregateType, :aggregateId,
                            :sequenceNumber, :occurredAt, :userId, :role, :terminalId, :correlationId,
                            :causationId, :requestId, :payload)""",
                params().text("eventId", event.getIdentifier())
                        .number("globalIndex", indexes.of(event, position))
                        .uuid("businessId", businessOf(payload, meta))
                        .text("type", payload.getClass().getSimpleName())
                        .text("aggregateType", domain == null ? null : domain.getType())
                        .text("aggregateId", domain == null ? null : domain.getAggregateIdentifier())
                        .optionalNumber("sequenceNumber", domain == null ? null : domain.getSequenceNumber())
                        .instant("occurredAt", event.getTimestamp())
                        .text("userId", text(meta, "userId")).text("role", text(meta, "role"))
                        .text("terminalId", text(meta, "terminalId"))
                        .text("correlationId", text(meta, "correlationId"))
                        .text("causationId", text(meta, "causationId")).text("requestId", text(meta, "requestId"))
                        .text("payload", redacted(json(event))));
    }

    /**
     * The payload as JSON. An event read from the store still holds the text it was stored as, which is used
     * as it is rather than serialized again.
     */
    private String json(EventMessage<?> event) {
        return event.serializePayload(serializer, String.class).getData();
    }

    @ResetHandler
    void reset() {
        projections.write("DELETE FROM audit_event", params());
    }

    /**
     * Password and PIN hashes stay in the event store, where sign-in needs them, but never reach the trail
     * auditors read: a hash in the wrong hands can be cracked offline. That they changed, and by whom, stays.
     */
    static String redacted(String json) {
        if (!json.contains("Hash\"")) {
            return json;
        }
        return SECRET.matcher(json).replaceAll("\"$1\":\"[redacted]\"");
    }

    private static UUID businessOf(Object payload, MetaData meta) {
        try {
            Method accessor = payload.getClass().getMethod("businessId");
            if (accessor.getReturnType() == UUID.class) {
                return (UUID) accessor.invoke(payload);
            }
        } catch (ReflectiveOperationException notThere) {
            // fall back on the metadata of the request that caused it
        }
        String fromRequest = text(meta, "businessId");
        return fromRequest == null ? null : UUID.fromString(fromRequest);
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
