package app.pos.query.replay;

import app.pos.query.dashboard.DashboardUpdates;
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
import org.springframework.transaction.reactive.TransactionCallback;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * A second instance of a projection, built by Spring exactly like the live one but writing to the shadow
 * tables and signalling no dashboard: its database beans are replaced, everything else is shared. Its
 * writes are committed in batches ({@link #commit()}), which is what makes a replay fast: nobody reads
 * the shadow tables until the rebuild is done with them.
 */
final class ShadowProjection implements AutoCloseable {

    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    /** Statements a projection wants applied together already are: the whole batch is one transaction. */
    private static final TransactionalOperator WITHIN_THE_BATCH = new TransactionalOperator() {
        @Override
        public <T> Flux<T> transactional(Flux<T> flux) {
            return flux;
        }

        @Override
        public <T> Mono<T> transactional(Mono<T> mono) {
            return mono;
        }

        @Override
        public <T> Flux<T> execute(TransactionCallback<T> action) {
            throw new UnsupportedOperationException("a rebuild's writes run inside its own batch transaction");
        }
    };

    private final GenericApplicationContext context;
    private final SingleConnectionFactory connection;
    private final AnnotationEventHandlerAdapter handlers;
    private final Connection batch;

    ShadowProjection(Projection projection, ApplicationContext live, SingleConnectionFactory connection) {
        this.connection = connection;
        this.context = new GenericApplicationContext();
        context.setParent(live);
        this.batch = Mono.from(connection.create()).block(STATEMENT_TIMEOUT);
        Mono.from(batch.setAutoCommit(false)).block(STATEMENT_TIMEOUT);
        DatabaseClient db = DatabaseClient.create(connection);
        primary(ConnectionFactory.class, connection);
        primary(DatabaseClient.class, db);
        primary(Projections.class, new Projections(db, WITHIN_THE_BATCH));
        primary(Reads.class, new Reads(db, connection));
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

    /** Makes everything handled so far durable and starts the next batch. */
    void commit() {
        Mono.from(batch.commitTransaction()).block(STATEMENT_TIMEOUT);
    }

    private <T> void primary(Class<T> type, T bean) {
        context.registerBean(type, () -> bean, definition -> definition.setPrimary(true));
    }

    @Override
    public void close() {
        context.close();
        connection.destroy();
    }
}
