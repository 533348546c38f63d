package app.pos.query.replay;

import app.pos.kernel.rules.RuleViolation;
import app.pos.query.replay.RebuildProgress.Mode;
import app.pos.query.shared.Projections;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts and follows projection rebuilds and verifications (R3). One runs at a time, on a thread of its own;
 * the last run of each projection and mode is remembered so its outcome can still be read after it ends.
 */
@Component
public class ProjectionRebuilder {

    private final ProjectionCatalog catalog;
    private final EventProcessingConfiguration processors;
    private final RebuildParts parts;
    private final Clock clock;
    private final Map<String, ProjectionRebuild> lastRuns = new ConcurrentHashMap<>();
    private ProjectionRebuild running;

    ProjectionRebuilder(ProjectionCatalog catalog, EventProcessingConfiguration processors, RebuildParts parts,
                        Clock clock) {
        this.catalog = catalog;
        this.processors = processors;
        this.parts = parts;
        this.clock = clock;
    }

    public List<Projection> projections() {
        return catalog.all();
    }

    public synchronized RebuildProgress start(String name, Mode mode) {
        Projection projection = catalog.named(name).orElseThrow(() -> notFound(name));
        if (running != null && !running.progress().phase().finished()) {
            throw new RuleViolation("REBUILD_IN_PROGRESS", RuleViolation.Kind.CONFLICT,
                    "projection " + running.projection().name() + " is being rebuilt or verified; one runs at a time",
                    Map.of("projection", running.projection().name()));
        }
        StreamingEventProcessor live = liveProcessor();
        requireAllSegmentsHere(live);
        ProjectionRebuild rebuild = new ProjectionRebuild(projection, mode, parts, live, clock);
        running = rebuild;
        lastRuns.put(key(name, mode), rebuild);
        Thread worker = new Thread(rebuild, mode.name().toLowerCase(Locale.ROOT) + "-" + name);
        worker.setDaemon(true);
        worker.start();
        return rebuild.progress();
    }

    public Optional<RebuildProgress> progress(String name, Mode mode) {
        catalog.named(name).orElseThrow(() -> notFound(name));
        return Optional.ofNullable(lastRuns.get(key(name, mode))).map(ProjectionRebuild::progress);
    }

    /** The progress every {@code interval} until the run ends, its last state included. */
    public Flux<RebuildProgress> watch(String name, Mode mode, Duration interval) {
        catalog.named(name).orElseThrow(() -> notFound(name));
        ProjectionRebuild rebuild = lastRuns.get(key(name, mode));
        if (rebuild == null) {
            return Flux.error(new RuleViolation("REBUILD_NOT_FOUND", RuleViolation.Kind.NOT_FOUND,
                    "projection " + name + " has not been " + (mode == Mode.REBUILD ? "rebuilt" : "verified")
                            + " since the server started", Map.of("projection", name)));
        }
        return Flux.interval(Duration.ZERO, interval)
                .map(tick -> rebuild.progress())
                .takeUntil(progress -> progress.phase().finished());
    }

    /**
     * Axon's own warning about resets: a node that still holds a segment keeps writing to the tables. A
     * rebuild starts only when this node processes every segment of the projections.
     */
    private void requireAllSegmentsHere(StreamingEventProcessor live) {
        int[] segments = parts.liveSegments();
        if (!live.isRunning()) {
            throw new RuleViolation("PROJECTION_NOT_RUNNING", RuleViolation.Kind.CONFLICT,
                    "the projections are not running on this node; start them before rebuilding",
                    Map.of("processor", Projections.GROUP));
        }
        if (live.processingStatus().size() < segments.length) {
            throw new RuleViolation("PROJECTION_HELD_ELSEWHERE", RuleViolation.Kind.CONFLICT,
                    "another node processes part of the projections; rebuild there or stop it first",
                    Map.of("processor", Projections.GROUP, "segments", segments.length,
                            "segmentsHere", live.processingStatus().size()));
        }
    }

    private StreamingEventProcessor liveProcessor() {
        return processors.eventProcessor(Projections.GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor for the projections"));
    }

    private static String key(String name, Mode mode) {
        return name + "/" + mode;
    }

    private static RuleViolation notFound(String name) {
        return new RuleViolation("PROJECTION_NOT_FOUND", RuleViolation.Kind.NOT_FOUND,
                "there is no projection named " + name, Map.of("projection", name));
    }
}
