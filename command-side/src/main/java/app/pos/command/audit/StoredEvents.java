package app.pos.command.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.Optional;

/** Reads events' stored form straight from the JDBC event store. */
final class StoredEvents {

    static final RowMapper<StoredEvent> ROW = (rs, n) -> new StoredEvent(rs.getLong("globalindex"),
            rs.getString("eventidentifier"), rs.getString("type"), rs.getString("aggregateidentifier"),
            rs.getLong("sequencenumber"), rs.getString("timestamp"), rs.getString("payloadtype"),
            rs.getString("payloadrevision"), rs.getBytes("payload"), rs.getBytes("metadata"));

    private StoredEvents() {
    }

    static Optional<StoredEvent> byIdentifier(JdbcTemplate jdbc, String eventIdentifier) {
        return jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry WHERE eventidentifier = ?", ROW,
                eventIdentifier).stream().findFirst();
    }
}
