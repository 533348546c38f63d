package app.pos.command.audit;

import app.pos.command.audit.ChainReport.BrokenLink;
import app.pos.command.audit.ChainReport.Fault;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Walks the chain from its first link and recomputes every hash from the events as they are stored now,
 * a page at a time (constant memory, however long the history). Reports the first link that no longer
 * holds.
 */
@Component
@ConditionalOnBooleanProperty(name = "axon.axonserver.enabled", havingValue = false, matchIfMissing = true)
public class EventChainVerifier {

    private static final int PAGE = 1_000;
    private static final String PAGE_QUERY = """
            SELECT c.link_no, c.global_index AS chained_index, c.event_identifier AS chained_identifier,
                   c.previous_hash, c.link_hash, e.globalindex, e.eventidentifier, e.type, e.aggregateidentifier,
                   e.sequencenumber, e.timestamp, e.payloadtype, e.payloadrevision, e.payload, e.metadata
            FROM event_chain c LEFT JOIN domainevententry e ON e.globalindex = c.global_index
            WHERE c.link_no > ? ORDER BY c.link_no LIMIT""" + " " + PAGE;

    private final JdbcTemplate jdbc;

    public EventChainVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ChainReport verify() {
        long checked = 0;
        long lastLink = 0;
        String previous = ChainHash.GENESIS;
        while (true) {
            List<Checked> page = jdbc.query(PAGE_QUERY, (rs, n) -> {
                long globalIndex = rs.getLong("globalindex");
                StoredEvent stored = rs.wasNull() ? null : StoredEvents.ROW.mapRow(rs, n);
                return new Checked(rs.getLong("link_no"), rs.getLong("chained_index"),
                        rs.getString("chained_identifier"), rs.getString("previous_hash"), rs.getString("link_hash"),
                        stored);
            }, lastLink);
            for (Checked link : page) {
                checked++;
                Fault problem = link.problem(previous);
                if (problem != null) {
                    return new ChainReport(false, checked, unchained(),
                            new BrokenLink(link.linkNo(), link.globalIndex(), link.eventIdentifier(), problem));
                }
                previous = link.hash();
                lastLink = link.linkNo();
            }
            if (page.size() < PAGE) {
                return new ChainReport(true, checked, unchained(), null);
            }
        }
    }

    private long unchained() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry e WHERE NOT EXISTS "
                + "(SELECT 1 FROM event_chain c WHERE c.global_index = e.globalindex)", Long.class);
        return count == null ? 0 : count;
    }

    private record Checked(long linkNo, long globalIndex, String eventIdentifier, String previousHash, String hash,
                           StoredEvent stored) {

        Fault problem(String expectedPrevious) {
            if (stored == null) {
                return Fault.MISSING;
            }
            if (!previousHash.equals(expectedPrevious)) {
                return Fault.RELINKED;
            }
            boolean sameEvent = stored.eventIdentifier().equals(eventIdentifier);
            return sameEvent && ChainHash.link(previousHash, stored).equals(hash) ? null : Fault.TAMPERED;
        }
    }
}
