package app.pos.command.audit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads events' stored form straight from the JDBC event store. */
final class StoredEvents {

    static final RowMapper<StoredEvent> ROW = (rs, n) -> new StoredEvent(rs.getLong("globalindex"),
            rs.getString("eventidentifier"), rs.getString("type"), rs.getString("aggregateidentifier"),
            rs.getLong("sequencenumber"), rs.getString("timestamp"), rs.getString("payloadtype"),
            rs.getString("payloadrevision"), rs.getBytes("payload"), rs.getBytes("metadata"));

    private StoredEvents() {
    }

    /** The stored events among the given identifiers, by identifier; the query returns them in no set order. */
    static Map<String, StoredEvent> byIdentifiers(NamedParameterJdbcOperations jdbc, Collection<String> identifiers) {
        return jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry WHERE eventidentifier IN "
                        + "(:identifiers)", Map.of("identifiers", identifiers), ROW).stream()
                .collect(Collectors.toMap(StoredEvent::eventIdentifier, Function.identity()));
    }
}
