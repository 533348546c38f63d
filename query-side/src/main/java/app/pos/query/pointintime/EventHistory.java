package app.pos.query.pointintime;

import app.pos.query.shared.Reads;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static app.pos.query.shared.Params.params;

/**
 * The event store itself, not a projection: every point-in-time figure is folded from what this reads.
 * Snapshots are skipped on purpose, since a snapshot is the state at its own moment, not at the one asked.
 */
@Component
public class EventHistory {

    private final EventStore eventStore;
    private final Reads reads;

    public EventHistory(EventStore eventStore, Reads reads) {
        this.eventStore = eventStore;
        this.reads = reads;
    }

    /** The aggregate's events recorded up to and including {@code asOf}, oldest first. */
    public Flux<DomainEventMessage<?>> upTo(UUID aggregateId, Instant asOf) {
        return Flux.<DomainEventMessage<?>>fromStream(() -> eventStore.readEvents(aggregateId.toString(), 0).asStream())
                .takeWhile(event -> !event.getTimestamp().isAfter(asOf))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * The business's aggregates that recorded one of these events in [from, until]. The audit trail serves
     * only as the index that finds them; their figures are then folded from the event store.
     */
    public Flux<UUID> aggregatesWith(UUID businessId, List<String> eventTypes, Instant from, Instant until) {
        return reads.all("""
                        SELECT DISTINCT aggregate_id FROM audit_event
                        WHERE business_id = :businessId AND event_type IN (:types)
                          AND occurred_at >= :from AND occurred_at <= :until""",
                params().uuid("businessId", businessId).list("types", eventTypes).instant("from", from)
                        .instant("until", until),
                row -> UUID.fromString(row.get("aggregate_id", String.class)));
    }
}
