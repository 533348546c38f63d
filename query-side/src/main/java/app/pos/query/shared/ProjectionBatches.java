package app.pos.query.shared;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.r2dbc.connection.SingleConnectionFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;

/**
 * One database transaction for each batch of events a projection's processor takes, committed just before
 * the processor stores its new position, with the batch's held-back writes sent first. A commit waits for
 * the database's log to reach the disk (about a millisecond here), so committing every statement on its
 * own capped how far behind a projection could catch up; and a round trip from the processor's thread to
 * the driver's for every row capped it again. If the batch fails, its transaction is rolled back and the
 * processor takes the batch again.
 */
@Component
public class ProjectionBatches {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String RESOURCE = ProjectionBatches.class.getName();

    private final ConnectionFactory connections;
    private final BindMarkersFactory markers;

    public ProjectionBatches(ConnectionFactory connections) {
        this.connections = connections;
        this.markers = BindMarkersFactoryResolver.resolve(connections);
    }

    /** Where a projection's statements go when this thread is handling a processor's batch. */
    Optional<BatchWrites> current() {
        return handling().map(unit -> unit.getOrComputeResource(RESOURCE, name -> begin(unit)));
    }

    /** The unit of work of the processor's batch this thread is handling, if it is handling one. */
    public Optional<UnitOfWork<?>> handling() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        if (!(unit instanceof BatchingUnitOfWork<?>) || unit.parent().isPresent()) {
            // a subscribing processor's handlers run inside the command that published the events
            return Optional.empty();
        }
        return Optional.of(unit);
    }

    private BatchWrites begin(UnitOfWork<?> unit) {
        Connection connection = Mono.from(connections.create()).block(TIMEOUT);
        BatchWrites writes = new BatchWrites(
                DatabaseClient.create(new SingleConnectionFactory(connection, connections.getMetadata(), true)), markers);
        unit.onCleanup(done -> Mono.from(connection.close()).onErrorComplete().block(TIMEOUT));
        unit.onRollback(failed -> Mono.from(connection.rollbackTransaction()).onErrorComplete().block(TIMEOUT));
        unit.onPrepareCommit(batch -> writes.flush().then(Mono.from(connection.commitTransaction())).block(TIMEOUT));
        Mono.from(connection.beginTransaction()).block(TIMEOUT);
        return writes;
    }
}
