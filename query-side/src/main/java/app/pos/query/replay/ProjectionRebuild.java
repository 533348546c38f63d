package app.pos.query.replay;

import app.pos.query.replay.RebuildProgress.Mode;
import app.pos.query.replay.RebuildProgress.Phase;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * One rebuild (or verification) of one projection, blue-green: the event store is replayed into shadow tables
 * while the live projections keep their tables current. Then the live processor pauses, the shadow takes the
 * last events the live processor took (and none it did not), and the rebuilt rows replace the live ones in
 * one transaction, or are compared with them; the live processor resumes exactly where it paused. Readers
 * see the old rows until that transaction commits.
 */
final class ProjectionRebuild implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Duration SWITCH_TIMEOUT = Duration.ofMinutes(10);
    /** How long the shadow waits for the live processor to take an event it has read. */
    private static final Duration LIVE_TIMEOUT = Duration.ofMinutes(2);
    private static final int EVENTS_PER_TRANSACTION = 2_000;
    /** As many as there are cores here: while one worker waits for the database, another computes. */
    private static final int WORKERS = 2;

    private final Projection projection;
    private final Mode mode;
    private final RebuildParts parts;
    private final StreamingEventProcessor liveProcessor;
    private final Clock clock;
    private final Instant startedAt;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.PREPARING);
    private final AtomicReference<Instant> finishedAt = new AtomicReference<>();
    private final AtomicReference<Map<String, Long>> differences = new AtomicReference<>();
    private final AtomicReference<String> error = new AtomicReference<>();
    private TrackingToken shadowPosition;
    private Instant pausedAt;
    private LivePosition live;

    ProjectionRebuild(Projection projection, Mode mode, RebuildParts parts, StreamingEventProcessor liveProcessor,
                      Clock clock) {
        this.projection = projection;
        this.mode = mode;
        this.parts = parts;
        this.liveProcessor = liveProcessor;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Override
    public void run() {
        boolean livePaused = false;
        try {
            parts.shadowTables().create();
            try (HikariDataSource tables = parts.shadowTables().connect(WORKERS);
                 ShadowProjection shadow = new ShadowProjection(projection, parts.context(), tables, WORKERS);
                 BlockingStream<TrackedEventMessage<?>> events = parts.eventStore().openStream(null)) {
                phase.set(Phase.REPLAYING);
                long head = position(parts.eventStore().createHeadToken());
                total.set(head);
                replay(events, shadow, () -> position(shadowPosition) >= head, this::awaitTakenLive);

                phase.set(Phase.SWITCHING);
                pausedAt = clock.instant();
                liveProcessor.shutdownAsync().get(SWITCH_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                livePaused = true;
                LivePosition paused = parts.claimLivePosition();
                total.set(Math.max(processed.get(), position(parts.eventStore().createHeadToken())));
                replay(events, shadow, () -> paused.seenBy(shadowPosition), paused::took);
                if (mode == Mode.REBUILD) {
                    parts.replaceLiveTables(projection.tables(), paused);
                } else {
                    differences.set(parts.compareWithLiveTables(projection.tables(), paused));
                }
            }
            liveProcessor.start();
            livePaused = false;
            total.set(processed.get());
            phase.set(Phase.DONE);
            Instant done = clock.instant();
            log.info("{} projection {} from {} events in {} s, the live projections paused for {} s of it{}",
                    mode == Mode.REBUILD ? "Rebuilt" : "Verified", projection.name(), processed.get(),
                    Duration.between(startedAt, done).toMillis() / 1e3, Duration.between(pausedAt, done).toMillis() / 1e3,
                    differences.get() == null ? "" : "; rows that differ: " + differences.get());
        } catch (Exception | Error failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Rebuilding projection {} failed; its live tables are unchanged", projection.name(), failure);
            error.set(String.valueOf(failure.getMessage()));
            phase.set(Phase.FAILED);
            if (livePaused) {
                parts.releaseLivePosition();
                liveProcessor.start();
            }
        } finally {
            finishedAt.set(clock.instant());
            dropShadowQuietly();
        }
    }

    RebuildProgress progress() {
        long done = processed.get();
        long all = Math.max(total.get(), done);
        Instant end = finishedAt.get() != null ? finishedAt.get() : clock.instant();
        long millis = Math.max(1, Duration.between(startedAt, end).toMillis());
        long rate = done * 1000 / millis;
        Long eta = phase.get().finished() ? Long.valueOf(0) : rate == 0 ? null : (all - done) / rate;
        return new RebuildProgress(projection.name(), mode, phase.get(), done, all, rate, eta, startedAt,
                finishedAt.get(), differences.get(), error.get());
    }

    Projection projection() {
        return projection;
    }

    /**
     * Reads events until {@code done}, handing the shadow those {@code taken} says the live processor took, a
     * transaction's worth at a time.
     */
    private void replay(BlockingStream<TrackedEventMessage<?>> events, ShadowProjection shadow, Done done,
                        Predicate<TrackedEventMessage<?>> taken) throws Exception {
        List<TrackedEventMessage<?>> batch = new ArrayList<>(EVENTS_PER_TRANSACTION);
        while (!done.yet()) {
            if (events.hasNextAvailable(1, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = events.nextAvailable();
                if (taken.test(event)) {
                    batch.add(event);
                }
                shadowPosition = event.trackingToken();
                processed.incrementAndGet();
            }
            if (batch.size() >= EVENTS_PER_TRANSACTION || !batch.isEmpty() && !events.hasNextAvailable()) {
                shadow.handle(batch);
                batch = new ArrayList<>(EVENTS_PER_TRANSACTION);
            }
        }
        shadow.handle(batch);
        shadow.awaitApplied();
    }

    /** While replaying, the shadow never gets ahead of the live processor: it waits for it. */
    private boolean awaitTakenLive(TrackedEventMessage<?> event) {
        long deadline = System.nanoTime() + LIVE_TIMEOUT.toNanos();
        while (live == null || !live.took(event)) {
            live = parts.livePosition(liveProcessor);
            if (live.took(event)) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the live projections have not taken event "
                        + event.getIdentifier() + " within " + LIVE_TIMEOUT + "; is their processor failing?");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the live projections", e);
            }
        }
        return true;
    }

    private void dropShadowQuietly() {
        try {
            parts.shadowTables().drop();
        } catch (RuntimeException e) {
            log.warn("Could not drop the rebuild's shadow tables; the next rebuild drops them", e);
        }
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    @FunctionalInterface
    private interface Done {
        boolean yet();
    }
}
