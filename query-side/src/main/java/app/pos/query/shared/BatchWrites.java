package app.pos.query.shared;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Optional;

/**
 * The writes of one batch of events, on the batch's own connection. Blind writes to a single table are
 * held back and go out together, many rows to an insert; a statement whose row count is wanted first
 * applies what is held back for its table (or for every table, if it may read another), so it counts
 * the same rows it would have counted had every write gone out at once.
 */
public final class BatchWrites {

    private final DatabaseClient db;
    private final PendingWrites pending;

    public BatchWrites(DatabaseClient db, BindMarkersFactory markers) {
        this.db = db;
        this.pending = new PendingWrites(db, markers);
    }

    /** Held back when subscribed, if it changes one table only; otherwise sent then. */
    Mono<Void> blindWrite(String sql, Params params) {
        Optional<TableWrite> write = TableWrite.of(sql);
        if (write.isEmpty()) {
            return statement(sql, params).then();
        }
        Map<String, Object> values = params.boundIn(sql);
        return Mono.fromRunnable(() -> pending.add(write.get(), values));
    }

    Mono<Long> statement(String sql, Params params) {
        return TableWrite.of(sql).map(write -> pending.flush(write.table())).orElseGet(pending::flushAll)
                .then(db.sql(sql).bindValues(params.boundIn(sql)).fetch().rowsUpdated());
    }

    /** Everything held back, applied in order. */
    public Mono<Void> flush() {
        return pending.flushAll();
    }
}
