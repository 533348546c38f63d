package app.pos.query.replay;

import app.pos.kernel.rules.RuleViolation;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts and follows projection rebuilds (R3). One runs at a time, on a thread of its own; the last run of
 * each projection is remembered so its outcome can still be read after it ends.
 */
@Component
public class ProjectionRebuilder {

    private final ProjectionCatalog catalog;
    private final EventProcessingConfiguration processors;
    private final ProjectionRebuild.Parts parts;
    private final Clock clock;
    private final Map<String, ProjectionRebuild> lastRuns = new ConcurrentHashMap<>();
    private ProjectionRebuild running;

    public ProjectionRebuilder(ProjectionCatalog catalog, EventProcessingConfiguration processors,
                               ApplicationContext context, EventStore eventStore, TokenStore tokenStore,
                               TransactionManager transactions, ShadowTables shadowTables, DatabaseClient db,
                               TransactionalOperator liveTransactions, Clock clock) {
        this.catalog = catalog;
        this.processors = processors;
        this.parts = new ProjectionRebuild.Parts(context, eventStore, tokenStore, transactions, shadowTables, db,
                liveTransactions);
        this.clock = clock;
    }

    public List<Projection> projections() {
        return catalog.all();
    }

    public synchronized RebuildProgress start(String name) {
        Projection projection = catalog.named(name).orElseThrow(() -> notFound(name));
        if (running != null && !running.progress().phase().finished()) {
            throw new RuleViolation("REBUILD_IN_PROGRESS", RuleViolation.Kind.CONFLICT,
                    "projection " + running.projection().name() + " is being rebuilt; one rebuild runs at a time",
                    Map.of("projection", running.projection().name()));
        }
        StreamingEventProcessor live = liveProcessor(name);
        requireAllSegmentsHere(name, live);
        ProjectionRebuild rebuild = new ProjectionRebuild(projection, parts, live, clock);
        running = rebuild;
        lastRuns.put(name, rebuild);
        Thread worker = new Thread(rebuild, "rebuild-" + name);
        worker.setDaemon(true);
        worker.start();
        return rebuild.progress();
    }

    public Optional<RebuildProgress> progress(String name) {
        catalog.named(name).orElseThrow(() -> notFound(name));
        return Optional.ofNullable(lastRuns.get(name)).map(ProjectionRebuild::progress);
    }

    /** The progress every {@code interval} until the run ends, its last state included. */
    public Flux<RebuildProgress> watch(String name, Duration interval) {
        catalog.named(name).orElseThrow(() -> notFound(name));
        ProjectionRebuild rebuild = lastRuns.get(name);
        if (rebuild == null) {
            return Flux.error(new RuleViolation("REBUILD_NOT_FOUND", RuleViolation.Kind.NOT_FOUND,
                    "projection " + name + " has not been rebuilt since the server started", Map.of("projection", name)));
        }
        return Flux.interval(Duration.ZERO, interval)
                .map(tick -> rebuild.progress())
                .takeUntil(progress -> progress.phase().finished());
    }

    /**
     * Axon's own warning about resets: a node that still holds a segment keeps writing to the tables. A
     * rebuild starts only when this node processes every segment of the projection.
     */
    private void requireAllSegmentsHere(String name, StreamingEventProcessor live) {
        int[] segments = parts.transactions().fetchInTransaction(() -> parts.tokenStore().fetchSegments(name));
        if (!live.isRunning()) {
            throw new RuleViolation("PROJECTION_NOT_RUNNING", RuleViolation.Kind.CONFLICT,
                    "projection " + name + " is not running on this node; start it before rebuilding",
                    Map.of("projection", name));
        }
        if (live.processingStatus().size() < segments.length) {
            throw new RuleViolation("PROJECTION_HELD_ELSEWHERE", RuleViolation.Kind.CONFLICT,
                    "another node processes part of projection " + name + "; rebuild it there or stop it first",
                    Map.of("projection", name, "segments", segments.length,
                            "segmentsHere", live.processingStatus().size()));
        }
    }

    private StreamingEventProcessor liveProcessor(String name) {
        return processors.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor for projection " + name));
    }

    private static RuleViolation notFound(String name) {
        return new RuleViolation("PROJECTION_NOT_FOUND", RuleViolation.Kind.NOT_FOUND,
                "there is no projection named " + name, Map.of("projection", name));
    }
}
