package app.pos.query.shared;

import io.r2dbc.spi.Readable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes for the projections. Event handlers run on the event processors' own threads, so waiting for
 * the database here blocks no request; a write that does not finish in time fails the event, which the
 * processor retries. Within a processor's batch every write joins the batch's one transaction, and blind
 * writes are held back and sent together just before it commits ({@link ProjectionBatches},
 * {@link BatchWrites}); elsewhere each commits as it goes.
 * <p>
 * A handler says whether it looks at a write's row count: {@link #write} and {@link #blindWrite} are
 * blind, and may be sent later, several rows to a statement; {@link #rowsChanged} and {@link #statement}
 * answer with the count, so they are sent when asked.
 */
@Component
public class Projections {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final ProjectionBatches batches;
    private final BindMarkersFactory markers;

    @Autowired
    public Projections(DatabaseClient db, TransactionalOperator transactions, ProjectionBatches batches) {
        this.db = db;
        this.transactions = transactions;
        this.batches = batches;
        this.markers = BindMarkersFactoryResolver.resolve(db.getConnectionFactory());
    }

    /** For projections whose writes are already inside one transaction of their own, as a rebuild's are. */
    protected Projections(DatabaseClient db) {
        this(db, null, null);
    }

    /** A write whose row count nothing depends on. */
    public void write(String sql, Params params) {
        blindWrite(sql, params).block(WRITE_TIMEOUT);
    }

    /** A write whose row count decides what the handler does next. */
    public long rowsChanged(String sql, Params params) {
        Long updated = statement(sql, params).block(WRITE_TIMEOUT);
        return updated == null ? 0 : updated;
    }

    /** Several statements that must land together, e.g. a bill and its lines. */
    public void writeAll(Mono<?> statements) {
        if (transactions == null || batch().isPresent()) {
            statements.block(WRITE_TIMEOUT);
        } else {
            statements.as(transactions::transactional).block(WRITE_TIMEOUT);
        }
    }

    /**
     * Rows inserted by one statement that commits at once, outside any batch, so their keys are visible as
     * soon as they are taken: the {@code returned} columns of each row added (a row that finds its key
     * already there is not), as {@code mapper} reads them.
     */
    public <T> List<T> insertAll(String sql, List<Params> rows, List<String> returned, Function<Readable, T> mapper) {
        TableWrite insert = TableWrite.of(sql).filter(TableWrite::insertsRows)
                .orElseThrow(() -> new IllegalArgumentException("not an insert of values: " + sql));
        return Flux.fromIterable(PendingWrites.chunks(rows, insert.parametersPerRow()))
                .concatMap(chunk -> db.sql(insert.forRows(chunk.size(), markers))
                        .bindValues(chunk.stream().flatMap(row -> insert.values(row.boundIn(sql)).stream()).toList())
                        .filter(statement -> statement.returnGeneratedValues(returned.toArray(String[]::new)))
                        .map(mapper::apply)
                        .all())
                .collectList()
                .block(WRITE_TIMEOUT);
    }

    /** A statement for {@link #writeAll}, answering with the rows it changed. */
    public Mono<Long> statement(String sql, Params params) {
        return batch().map(batch -> batch.statement(sql, params))
                .orElseGet(() -> db.sql(sql).bindValues(params.boundIn(sql)).fetch().rowsUpdated());
    }

    /** A statement for {@link #writeAll} whose row count nothing depends on. */
    public Mono<Void> blindWrite(String sql, Params params) {
        return batch().map(batch -> batch.blindWrite(sql, params)).orElseGet(() -> statement(sql, params).then());
    }

    /** The batch this thread is writing, if any. */
    protected Optional<BatchWrites> batch() {
        return batches == null ? Optional.empty() : batches.current();
    }
}
