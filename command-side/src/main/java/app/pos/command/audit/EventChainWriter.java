package app.pos.command.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links every stored event into the chain as a tracking processor of its own, a batch of the processor at
 * a time: the links are written in the same transaction that moves the processor's token, so each event is
 * linked exactly once, in the order the processor saw it, and a batch taken again after a failure links
 * only what is not linked yet. Runs on the JDBC event store only (Axon Server keeps its own event files).
 */
@Component
@ProcessingGroup("event-chain")
@ConditionalOnBooleanProperty(name = "axon.axonserver.enabled", havingValue = false, matchIfMissing = true)
public class EventChainWriter {

    /** The unit of work's events to link, by identifier, in the order the processor handed them over. */
    private static final String BATCH = EventChainWriter.class.getName() + ".batch";
    private static final String INSERT = "INSERT INTO event_chain "
            + "(link_no, global_index, event_identifier, previous_hash, link_hash) VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public EventChainWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Every event, by its identifier alone: its payload is never deserialized here, the chain hashes it as stored. */
    @EventHandler(payloadType = Object.class)
    void on(@MessageIdentifier String eventIdentifier) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        unitOfWork.<Set<String>>getOrComputeResource(BATCH, key -> {
            Set<String> batch = new LinkedHashSet<>();
            // the transaction commits after prepare-commit, so the links commit or roll back with the token
            unitOfWork.onPrepareCommit(committing -> link(batch));
            return batch;
        }).add(eventIdentifier);
    }

    private void link(Set<String> batch) {
        Set<String> unlinked = new LinkedHashSet<>(batch);
        unlinked.removeAll(named.queryForList("SELECT event_identifier FROM event_chain "
                + "WHERE event_identifier IN (:identifiers)", Map.of("identifiers", batch), String.class));
        if (unlinked.isEmpty()) {
            return;
        }
        Map<String, StoredEvent> stored = StoredEvents.byIdentifiers(named, unlinked);
        Link head = jdbc.query("SELECT link_no, link_hash FROM event_chain ORDER BY link_no DESC LIMIT 1",
                (rs, n) -> new Link(rs.getLong("link_no"), rs.getString("link_hash"))).stream()
                .findFirst().orElse(Link.BEFORE_THE_FIRST);
        List<Object[]> links = new ArrayList<>(unlinked.size());
        for (String identifier : unlinked) {
            StoredEvent event = stored.get(identifier);
            if (event == null) {
                throw new IllegalStateException("event not in the store: " + identifier);
            }
            Link next = new Link(head.linkNo() + 1, ChainHash.link(head.hash(), event));
            links.add(new Object[]{next.linkNo(), event.globalIndex(), identifier, head.hash(), next.hash()});
            head = next;
        }
        jdbc.batchUpdate(INSERT, links);
    }

    private record Link(long linkNo, String hash) {

        static final Link BEFORE_THE_FIRST = new Link(0, ChainHash.GENESIS);
    }
}
