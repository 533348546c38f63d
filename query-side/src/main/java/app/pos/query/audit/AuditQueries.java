package app.pos.query.audit;

import app.pos.kernel.audit.AuditEvent;
import app.pos.kernel.audit.AuditFilter;
import app.pos.kernel.audit.AuditPage;
import app.pos.kernel.audit.ListAuditEvents;
import app.pos.kernel.audit.StreamAuditEvents;
import app.pos.query.shared.Filter;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.*;

/** The audit trail of one business, in event-store order, paged by position or streamed whole. */
@Component
public class AuditQueries {

    private static final List<String> METADATA = List.of("user_id:userId", "user_role:role",
            "terminal_id:terminalId", "correlation_id:correlationId", "causation_id:causationId",
            "request_id:requestId");

    private final Reads reads;

    public AuditQueries(Reads reads) {
        this.reads = reads;
    }

    @QueryHandler
    public CompletableFuture<AuditPage> handle(ListAuditEvents query) {
        Filter filter = filter(query.filter());
        filter.where("global_index > :after");
        filter.params().number("after", query.afterGlobalIndex()).integer("limit", query.limit() + 1);
        return reads.all("SELECT * FROM audit_event" + filter.whereClause() + " ORDER BY global_index LIMIT :limit",
                        filter.params(), AuditQueries::event)
                .collectList()
                .map(events -> events.size() > query.limit()
                        ? new AuditPage(events.subList(0, query.limit()), events.get(query.limit() - 1).globalIndex())
                        : new AuditPage(events, null))
                .toFuture();
    }

    /** Rows stream from the database as they are read, so an export of millions of events stays small. */
    @QueryHandler
    public Flux<AuditEvent> handle(StreamAuditEvents query) {
        Filter filter = filter(query.filter());
        return reads.all("SELECT * FROM audit_event" + filter.whereClause() + " ORDER BY global_index",
                filter.params(), AuditQueries::event);
    }

    private static Filter filter(AuditFilter wanted) {
        Filter filter = new Filter(params().uuid("businessId", wanted.businessId())).where("business_id = :businessId");
        optional(filter, "event_type", "type", wanted.type());
        optional(filter, "aggregate_type", "aggregateType", wanted.aggregateType());
        optional(filter, "aggregate_id", "aggregateId", wanted.aggregateId());
        optional(filter, "user_id", "userId", wanted.userId());
        optional(filter, "terminal_id", "terminalId", wanted.terminalId());
        if (wanted.from() != null) {
            filter.where("occurred_at >= :from");
            filter.params().instant("from", wanted.from());
        }
        if (wanted.to() != null) {
            filter.where("occurred_at < :to");
            filter.params().instant("to", wanted.to());
        }
        return filter;
    }

    private static void optional(Filter filter, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            filter.where(column + " = :" + name);
            filter.params().text(name, value.strip());
        }
    }

    private static AuditEvent event(Readable row) {
        Map<String, String> metadata = new LinkedHashMap<>();
        String business = row.get("business_id") == null ? null : uuid(row, "business_id").toString();
        if (business != null) {
            metadata.put("businessId", business);
        }
        for (String mapping : METADATA) {
            String[] columnAndKey = mapping.split(":");
            String value = text(row, columnAndKey[0]);
            if (value != null) {
                metadata.put(columnAndKey[1], value);
            }
        }
        Number sequence = row.get("sequence_number", Number.class);
        return new AuditEvent(number(row, "global_index"), text(row, "event_id"), text(row, "event_type"),
                text(row, "aggregate_type"), text(row, "aggregate_id"), sequence == null ? null : sequence.longValue(),
                instant(row, "occurred_at"), text(row, "payload"), metadata);
    }
}
