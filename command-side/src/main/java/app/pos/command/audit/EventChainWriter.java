package app.pos.command.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Links every stored event into the chain, one at a time, as a tracking processor of its own: the link
 * is written in the same transaction that moves the processor's token, so each event is linked exactly
 * once, in the order the processor saw it. Runs on the JDBC event store only (Axon Server keeps its own
 * event files).
 */
@Component
@ProcessingGroup("event-chain")
@ConditionalOnBooleanProperty(name = "axon.axonserver.enabled", havingValue = false, matchIfMissing = true)
public class EventChainWriter {

    private final JdbcTemplate jdbc;

    public EventChainWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, @MessageIdentifier String eventIdentifier) {
        if (!jdbc.queryForList("SELECT link_no FROM event_chain WHERE event_identifier = ?", Long.class,
                eventIdentifier).isEmpty()) {
            return;
        }
        StoredEvent stored = StoredEvents.byIdentifier(jdbc, eventIdentifier)
                .orElseThrow(() -> new IllegalStateException("event not in the store: " + eventIdentifier));
        List<Link> head = jdbc.query("SELECT link_no, link_hash FROM event_chain ORDER BY link_no DESC LIMIT 1",
                (rs, n) -> new Link(rs.getLong("link_no"), rs.getString("link_hash")));
        long linkNo = head.isEmpty() ? 1 : head.get(0).linkNo() + 1;
        String previous = head.isEmpty() ? ChainHash.GENESIS : head.get(0).hash();
        jdbc.update("INSERT INTO event_chain (link_no, global_index, event_identifier, previous_hash, link_hash) "
                        + "VALUES (?, ?, ?, ?, ?)", linkNo, stored.globalIndex(), stored.eventIdentifier(), previous,
                ChainHash.link(previous, stored));
    }

    private record Link(long linkNo, String hash) {
    }
}
