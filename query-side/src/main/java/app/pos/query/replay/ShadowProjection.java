package app.pos.query.replay;

import app.pos.query.dashboard.DashboardUpdates;
import app.pos.query.shared.BatchWrites;
import app.pos.query.shared.Projections;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.r2dbc.connection.SingleConnectionFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * A second instance of a projection, built by Spring exactly like the live one but writing to the shadow
 * tables and signalling no dashboard: its database beans are replaced, everything else is shared. Its
 * writes are held back and sent many rows to a statement ({@link ShadowWrites}), and committed in batches
 * ({@link #commit()}), which is what makes a replay fast: nobody reads the shadow tables until the
 * rebuild is done with them.
 */
final class ShadowProjection implements AutoCloseable {

    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    private final GenericApplicationContext context;
    private final SingleConnectionFactory connection;
    private final AnnotationEventHandlerAdapter handlers;
    private final Connection batch;
    private final ShadowWrites writes;

    ShadowProjection(Projection projection, ApplicationContext live, SingleConnectionFactory connection) {
        this.connection = connection;
        this.context = new GenericApplicationContext();
        context.setParent(live);
        this.batch = Mono.from(connection.create()).block(STATEMENT_TIMEOUT);
        Mono.from(batch.setAutoCommit(false)).block(STATEMENT_TIMEOUT);
        DatabaseClient db = DatabaseClient.create(connection);
        this.writes = new ShadowWrites(db, new BatchWrites(db, BindMarkersFactoryResolver.resolve(connection)));
        primary(ConnectionFactory.class, connection);
        primary(DatabaseClient.class, db);
        primary(Projections.class, writes);
        primary(Reads.class, new ShadowReads(db, connection, writes));
        primary(DashboardUpdates.class, new DashboardUpdates(SimpleQueryUpdateEmitter.builder().build()));
        context.registerBean(projection.type());
        context.refresh();
        Object instance = context.getBean(projection.type());
        this.handlers = new AnnotationEventHandlerAdapter(instance,
                ClasspathParameterResolverFactory.forClass(projection.type()));
    }

    void handle(EventMessage<?> event) throws Exception {
        if (!handlers.canHandle(event)) {
            return;
        }
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(event).executeWithResult(() -> handlers.handle(event));
        if (result.isExceptional()) {
            throw new IllegalStateException("the rebuilt projection failed on event " + event.getIdentifier(),
                    result.exceptionResult());
        }
    }

    /**
     * Writes and commits everything handled so far in the background, while the next batch is handled;
     * a batch still being written is waited for first.
     */
    void commit() {
        writes.writeBehind(Mono.from(batch.commitTransaction()));
    }

    /** Waits until every batch is committed; throws what failed. */
    void awaitCommitted() {
        writes.awaitWritten();
    }

    private <T> void primary(Class<T> type, T bean) {
        context.registerBean(type, () -> bean, definition -> definition.setPrimary(true));
    }

    @Override
    public void close() {
        try {
            writes.awaitWritten();
        } catch (RuntimeException alreadyReported) {
            // the rebuild has failed already; the connection is closed either way
        }
        context.close();
        connection.destroy();
    }
}
