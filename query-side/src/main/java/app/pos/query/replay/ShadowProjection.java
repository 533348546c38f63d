package app.pos.query.replay;

import app.pos.query.dashboard.DashboardUpdates;
import app.pos.query.shared.Projections;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

import javax.sql.DataSource;
import java.util.List;

/**
 * A second instance of a projection, built by Spring exactly like the live one but writing to the shadow
 * tables and signalling no dashboard: its writer is replaced, everything else is shared. It takes events the
 * way a processor does, a batch in one unit of work and one transaction, so its writes go out as the live
 * projection's do, a statement with all its rows at a time.
 */
final class ShadowProjection implements AutoCloseable {

    private final GenericApplicationContext context;
    private final AnnotationEventHandlerAdapter handlers;
    private final SpringTransactionManager transactions;

    ShadowProjection(Projection projection, ApplicationContext live, DataSource shadowTables) {
        this.context = new GenericApplicationContext();
        context.setParent(live);
        primary(Projections.class, new Projections(new NamedParameterJdbcTemplate(shadowTables)));
        primary(DashboardUpdates.class, new DashboardUpdates(SimpleQueryUpdateEmitter.builder().build()));
        context.registerBean(projection.type());
        context.refresh();
        this.handlers = new AnnotationEventHandlerAdapter(context.getBean(projection.type()),
                ClasspathParameterResolverFactory.forClass(projection.type()));
        this.transactions = new SpringTransactionManager(new JdbcTransactionManager(shadowTables));
    }

    /** Applies the events this projection handles, all of them or, if one fails, none. */
    void handle(List<? extends EventMessage<?>> events) {
        List<EventMessage<?>> handled = events.stream().<EventMessage<?>>map(event -> event)
                .filter(handlers::canHandle).toList();
        if (handled.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(handled);
        batch.attachTransaction(transactions);
        ResultMessage<?> result = batch.executeWithResult(() -> handlers.handle(batch.getMessage()));
        if (result.isExceptional()) {
            throw new IllegalStateException("the rebuilt projection failed on a batch of " + handled.size()
                    + " events", result.exceptionResult());
        }
    }

    private <T> void primary(Class<T> type, T bean) {
        context.registerBean(type, () -> bean, definition -> definition.setPrimary(true));
    }

    @Override
    public void close() {
        context.close();
    }
}
