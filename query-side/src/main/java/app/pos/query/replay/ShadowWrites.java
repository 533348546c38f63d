package app.pos.query.replay;

import app.pos.query.shared.BatchWrites;
import app.pos.query.shared.Params;
import app.pos.query.shared.Projections;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The projections' writes during a rebuild. Handlers only queue them, in order; {@link #writeBehind} sends
 * a batch's queue as one reactive sequence while the next batch is being handled, so neither the
 * database nor the rebuild thread waits for the other, and a bill's statements follow each other on the
 * driver's thread. Blind writes are held back as a live batch's are ({@link BatchWrites}); a statement
 * that answers with its row count first applies what is held back, so it counts the same rows it would
 * have at once.
 */
final class ShadowWrites extends Projections {

    private static final Duration WRITE_TIMEOUT = Duration.ofMinutes(2);
    /** Enough writes held back to fill many statements, few enough to keep the heap small. */
    private static final int MAX_QUEUED = 20_000;

    private final BatchWrites held;
    private final List<Mono<Void>> queued = new ArrayList<>();
    private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);

    ShadowWrites(DatabaseClient db, BatchWrites held) {
        super(db);
        this.held = held;
    }

    /**
     * Sends everything queued so far, then {@code afterwards}, in the background; a batch still being
     * written is waited for first, so one is written while the next is handled and no more.
     */
    void writeBehind(Mono<Void> afterwards) {
        awaitWritten();
        writing = queuedWrites().then(afterwards).subscribeOn(Schedulers.boundedElastic()).toFuture();
    }

    /** Waits until every batch handed to {@link #writeBehind} is written; throws what failed. */
    void awaitWritten() {
        try {
            writing.get(WRITE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("writing the rebuilt rows failed", failed.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("writing the rebuilt rows took more than " + WRITE_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the rebuilt rows", e);
        }
    }

    /** Everything handled so far applied, for a handler that is about to read or count. */
    void applyAll() {
        awaitWritten();
        queuedWrites().block(WRITE_TIMEOUT);
    }

    @Override
    public void write(String sql, Params params) {
        queue(blindWrite(sql, params));
    }

    @Override
    public void writeAll(Mono<?> statements) {
        queue(statements.then());
    }

    @Override
    public long rowsChanged(String sql, Params params) {
        applyAll();
        Long changed = statement(sql, params).block(WRITE_TIMEOUT);
        return changed == null ? 0 : changed;
    }

    @Override
    public <T> List<T> insertAll(String sql, List<Params> rows, List<String> returned, Function<Readable, T> mapper) {
        applyAll();
        return super.insertAll(sql, rows, returned, mapper);
    }

    @Override
    protected Optional<BatchWrites> batch() {
        return Optional.of(held);
    }

    /** The queue as it is now, to run in order and then apply what it left pending. */
    private Mono<Void> queuedWrites() {
        List<Mono<Void>> writes = List.copyOf(queued);
        queued.clear();
        return Flux.fromIterable(writes).concatMap(write -> write).then(held.flush());
    }

    private void queue(Mono<Void> write) {
        queued.add(write);
        if (queued.size() >= MAX_QUEUED) {
            writeBehind(Mono.empty());
        }
    }
}
