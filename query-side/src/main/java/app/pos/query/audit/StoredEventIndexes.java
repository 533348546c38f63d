package app.pos.query.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each event's own position in the event store. Axon Server's tokens say it exactly. The JDBC store's
 * gap-aware tokens do not when an event committed after a later one was already read: it fills a gap below the
 * token's index, and the token it comes with still names that later event. So on the JDBC store the positions
 * of a whole batch are read from the store in one query, as the batch's first event asks.
 */
@Component
class StoredEventIndexes {

    private static final String BATCH = StoredEventIndexes.class.getName() + ".batch";

    private final NamedParameterJdbcTemplate eventStore;

    StoredEventIndexes(DataSource dataSource) {
        this.eventStore = new NamedParameterJdbcTemplate(dataSource);
    }

    long of(EventMessage<?> event, TrackingToken token) {
        if (!(WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken)) {
            return token.position().orElseThrow();
        }
        Map<String, Long> batch = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(BATCH, key -> read(idsOf(CurrentUnitOfWork.get().root())))
                : Map.of();
        Long index = batch.get(event.getIdentifier());
        return index != null ? index : read(List.of(event.getIdentifier())).get(event.getIdentifier());
    }

    private Map<String, Long> read(List<String> eventIds) {
        Map<String, Long> indexes = new HashMap<>();
        eventStore.query("SELECT eventidentifier, globalindex FROM domainevententry WHERE eventidentifier IN (:ids)",
                Map.of("ids", eventIds), row -> {
                    indexes.put(row.getString(1), row.getLong(2));
                });
        return indexes;
    }

    private static List<String> idsOf(UnitOfWork<?> unit) {
        return unit instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages().stream().map(Message::getIdentifier).toList()
                : List.of(unit.getMessage().getIdentifier());
    }
}
