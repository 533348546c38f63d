package app.pos.query.shared;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Blind writes held back until something needs them applied: a write that answers with its row count,
 * a read, or the end of the batch. One statement per event per table is what made projections slow;
 * held back, consecutive writes of the same statement to a table go out together, an insert as one
 * statement for many rows.
 * <p>
 * Writes to one table keep their order: a write joins the last run of writes to its table only if it
 * is the same statement, and starts a new run otherwise. Runs on different tables may pass each other,
 * since each {@link TableWrite} changes its own table and reads no other.
 */
final class PendingWrites {

    /** Rows per insert statement at most; fewer rows go out in statements of 128, 64, … 1 rows. */
    private static final int MAX_ROWS = 256;
    /** Well under the 65,535 parameters PostgreSQL takes in one statement. */
    private static final int MAX_PARAMETERS = 30_000;

    private final DatabaseClient db;
    private final BindMarkersFactory markers;
    private final Map<TableWrite, Map<Integer, String>> insertsForRows = new ConcurrentHashMap<>();
    private final List<Run> runs = new ArrayList<>();
    private final Map<String, Run> lastRunOfTable = new HashMap<>();

    PendingWrites(DatabaseClient db, BindMarkersFactory markers) {
        this.db = db;
        this.markers = markers;
    }

    synchronized void add(TableWrite write, Map<String, Object> values) {
        Run last = lastRunOfTable.get(write.table());
        if (last == null || !last.write.sql().equals(write.sql())) {
            last = new Run(write);
            runs.add(last);
            lastRunOfTable.put(write.table(), last);
        }
        last.rows.add(values);
    }

    /** Applies every pending write to {@code table}, in order, when subscribed. */
    Mono<Void> flush(String table) {
        return Mono.defer(() -> apply(take(run -> run.write.table().equals(table))));
    }

    /** Applies every pending write, in order, when subscribed. */
    Mono<Void> flushAll() {
        return Mono.defer(() -> apply(take(run -> true)));
    }

    private synchronized List<Run> take(Predicate<Run> which) {
        List<Run> taken = new ArrayList<>();
        runs.removeIf(run -> which.test(run) && taken.add(run));
        taken.forEach(run -> lastRunOfTable.remove(run.write.table(), run));
        return taken;
    }

    private Mono<Void> apply(List<Run> taken) {
        return Flux.fromIterable(taken).concatMap(this::apply).then();
    }

    private Flux<Long> apply(Run run) {
        if (!run.write.insertsRows() || run.rows.size() == 1) {
            return Flux.fromIterable(run.rows)
                    .concatMap(values -> db.sql(run.write.sql()).bindValues(values).fetch().rowsUpdated());
        }
        return Flux.fromIterable(chunks(run.rows, run.write.parametersPerRow()))
                .concatMap(rows -> db.sql(insertFor(run.write, rows.size())).bindValues(positional(run.write, rows))
                        .fetch().rowsUpdated());
    }

    private String insertFor(TableWrite write, int rows) {
        return insertsForRows.computeIfAbsent(write, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(rows, count -> write.forRows(count, markers));
    }

    /**
     * Few distinct statement sizes, so the driver prepares each only once: full statements of the largest
     * size, then the rest in halving sizes.
     */
    static <T> List<List<T>> chunks(List<T> rows, int parametersPerRow) {
        int largest = Integer.highestOneBit(Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / Math.max(1, parametersPerRow))));
        List<List<T>> chunks = new ArrayList<>();
        int from = 0;
        int size = largest;
        while (from < rows.size()) {
            if (rows.size() - from >= size) {
                chunks.add(rows.subList(from, from + size));
                from += size;
            } else {
                size /= 2;
            }
        }
        return chunks;
    }

    private static List<Object> positional(TableWrite write, List<Map<String, Object>> rows) {
        List<Object> values = new ArrayList<>();
        rows.forEach(row -> values.addAll(write.values(row)));
        return values;
    }

    /** Consecutive writes of one statement to one table. */
    private static final class Run {
        private final TableWrite write;
        private final List<Map<String, Object>> rows = new ArrayList<>();

        private Run(TableWrite write) {
            this.write = write;
        }
    }
}
