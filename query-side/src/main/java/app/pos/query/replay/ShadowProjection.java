package app.pos.query.replay;

import app.pos.query.dashboard.DashboardUpdates;
import app.pos.query.shared.Projections;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.ConnectionFactory;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.connection.SingleConnectionFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * A second instance of a projection, built by Spring exactly like the live one but writing to the shadow
 * tables and signalling no dashboard: its database beans are replaced, everything else is shared.
 */
final class ShadowProjection implements AutoCloseable {

    private final GenericApplicationContext context;
    private final SingleConnectionFactory connection;
    private final AnnotationEventHandlerAdapter handlers;

    ShadowProjection(Projection projection, ApplicationContext live, SingleConnectionFactory connection) {
        this.connection = connection;
        this.context = new GenericApplicationContext();
        context.setParent(live);
        DatabaseClient db = DatabaseClient.create(connection);
        TransactionalOperator transactions = TransactionalOperator.create(new R2dbcTransactionManager(connection));
        primary(ConnectionFactory.class, connection);
        primary(DatabaseClient.class, db);
        primary(Projections.class, new Projections(db, transactions));
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

    private <T> void primary(Class<T> type, T bean) {
        context.registerBean(type, () -> bean, definition -> definition.setPrimary(true));
    }

    @Override
    public void close() {
        context.close();
        connection.destroy();
    }
}
