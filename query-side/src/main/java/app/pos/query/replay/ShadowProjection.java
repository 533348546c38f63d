package app.pos.query.replay;

import app.pos.query.dashboard.DashboardUpdates;
import app.pos.query.shared.Projections;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A second instance of a projection, built by Spring exactly like the live one but writing to the shadow
 * tables and signalling no dashboard: its writer is replaced, everything else is shared. It takes events the
 * way a processor with several segments does: a batch is split by aggregate between workers, each applying
 * its share in one unit of work and one transaction, so one aggregate's events stay in order, and its writes
 * go out as the live projection's do, a statement with all its rows at a time. While the workers apply a
 * batch, the next is read from the store: the database writes one while the server reads and deserializes
 * the other.
 */
final class ShadowProjection implements AutoCloseable {

    private final GenericApplicationContext context;
    private final AnnotationEventHandlerAdapter handlers;
    private final SpringTransactionManager transactions;
    private final ExecutorService workers;
    private final int workerCount;
    private final List<Future<?>> applying = new ArrayList<>();

    ShadowProjection(Projection projection, ApplicationContext live, DataSource shadowTables, int workerCount) {
        this.context = new GenericApplicationContext();
        context.setParent(live);
        primary(Projections.class, new Projections(new NamedParameterJdbcTemplate(shadowTables)));
        primary(DashboardUpdates.class, new DashboardUpdates(SimpleQueryUpdateEmitter.builder().build()));
        context.registerBean(projection.type());
        context.refresh();
        this.handlers = new AnnotationEventHandlerAdapter(context.getBean(projection.type()),
                ClasspathParameterResolverFactory.forClass(projection.type()));
        this.transactions = new SpringTransactionManager(new JdbcTransactionManager(shadowTables));
        this.workerCount = workerCount;
        this.workers = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread worker = new Thread(runnable, "rebuild-" + projection.name() + "-worker");
            worker.setDaemon(true);
            return worker;
        });
    }

    /**
     * Hands the events this projection handles to the workers, once the batch before is applied; returns
     * while they apply them.
     */
    void handle(List<? extends EventMessage<?>> events) {
        awaitApplied();
        Map<Integer, List<EventMessage<?>>> shares = new HashMap<>();
        for (EventMessage<?> event : events) {
            if (handlers.canHandle(event)) {
                shares.computeIfAbsent(worker(event), any -> new ArrayList<>()).add(event);
            }
        }
        shares.values().forEach(share -> applying.add(workers.submit(() -> apply(share))));
    }

    /** Waits until every batch handed over is applied; throws what failed. */
    void awaitApplied() {
        try {
            for (Future<?> share : applying) {
                share.get();
            }
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("the rebuilt projection failed", failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rebuilt projection applied events", e);
        } finally {
            applying.clear();
        }
    }

    private int worker(EventMessage<?> event) {
        String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : event.getIdentifier();
        return Math.floorMod(aggregate.hashCode(), workerCount);
    }

    /** Applies events, all of them or, if one fails, none. */
    private void apply(List<EventMessage<?>> handled) {
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
        workers.shutdownNow();
        context.close();
    }
}
