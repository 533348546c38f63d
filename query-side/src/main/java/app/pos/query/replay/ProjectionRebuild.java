package app.pos.query.replay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One rebuild of one projection, blue-green: the event store is replayed into shadow tables while the
 * live projection keeps its tables current; then the live processor pauses, the shadow catches up with
 * the last events, the rebuilt rows replace the live ones in one transaction, and the live processor
 * resumes exactly where the replay stopped. Readers see the old rows until that transaction commits.
 */
final class ProjectionRebuild implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Duration SWITCH_TIMEOUT = Duration.ofMinutes(10);
    private static final int EVENTS_PER_COMMIT = 1000;

    private final Projection projection;
    private final Parts parts;
    private final StreamingEventProcessor liveProcessor;
    private final Clock clock;
    private final Instant startedAt;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicReference<RebuildProgress.Phase> phase = new AtomicReference<>(RebuildProgress.Phase.PREPARING);
    private final AtomicReference<Instant> finishedAt = new AtomicReference<>();
    private final AtomicReference<String> error = new AtomicReference<>();
    private TrackingToken lastToken;

    /** What a rebuild works with, all of it shared with the running server. */
    record Parts(ApplicationContext context, EventStore eventStore, TokenStore tokenStore,
                 TransactionManager transactions, ShadowTables shadowTables, DatabaseClient liveDb,
                 TransactionalOperator liveTransactions) {
    }

    ProjectionRebuild(Projection projection, Parts parts, StreamingEventProcessor liveProcessor, Clock clock) {
        this.projection = projection;
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
            try (ShadowProjection shadow = new ShadowProjection(projection, parts.context(),
                    parts.shadowTables().connect());
                 BlockingStream<TrackedEventMessage<?>> events = parts.eventStore().openStream(null)) {
                phase.set(RebuildProgress.Phase.REPLAYING);
                replayUpToHead(events, shadow);
                phase.set(RebuildProgress.Phase.SWITCHING);
                liveProcessor.shutdownAsync().get(SWITCH_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                livePaused = true;
                replayUpToHead(events, shadow);
                switchTables();
            }
            liveProcessor.start();
            livePaused = false;
            total.set(processed.get());
            phase.set(RebuildProgress.Phase.DONE);
            log.info("Rebuilt projection {} from {} events", projection.name(), processed.get());
        } catch (Exception | Error failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Rebuilding projection {} failed; its live tables are unchanged", projection.name(), failure);
            error.set(String.valueOf(failure.getMessage()));
            phase.set(RebuildProgress.Phase.FAILED);
            if (livePaused) {
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
        return new RebuildProgress(projection.name(), phase.get(), done, all, rate, eta, startedAt,
                finishedAt.get(), error.get());
    }

    Projection projection() {
        return projection;
    }

    /** Replays until the shadow has seen every event that was in the store when this pass began. */
    private void replayUpToHead(BlockingStream<TrackedEventMessage<?>> events, ShadowProjection shadow)
            throws Exception {
        long head = position(parts.eventStore().createHeadToken());
        total.set(Math.max(head, processed.get()));
        while (position(lastToken) < head) {
            if (events.hasNextAvailable(1, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = events.nextAvailable();
                shadow.handle(event);
                lastToken = event.trackingToken();
                if (processed.incrementAndGet() % EVENTS_PER_COMMIT == 0) {
                    shadow.commit();
                }
            }
        }
        shadow.commit();
        shadow.awaitCommitted();
    }

    /**
     * The live processor's segments are claimed here first: if another node holds one, this fails before
     * anything changes, since that node would keep writing to the tables being replaced.
     */
    private void switchTables() {
        int[] segments = parts.transactions().fetchInTransaction(() -> {
            int[] all = parts.tokenStore().fetchSegments(projection.name());
            for (int segment : all) {
                parts.tokenStore().fetchToken(projection.name(), segment);
            }
            return all;
        });
        Flux.fromIterable(projection.tables())
                .concatMap(table -> parts.liveDb().sql("DELETE FROM " + table).fetch().rowsUpdated()
                        .then(parts.liveDb().sql("INSERT INTO " + table + " SELECT * FROM "
                                + ShadowTables.shadowOf(table)).fetch().rowsUpdated()))
                .then()
                .as(parts.liveTransactions()::transactional)
                .block(SWITCH_TIMEOUT);
        parts.transactions().executeInTransaction(() -> {
            for (int segment : segments) {
                parts.tokenStore().storeToken(lastToken, projection.name(), segment);
                parts.tokenStore().releaseClaim(projection.name(), segment);
            }
        });
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
}
