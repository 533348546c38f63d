package app.pos.query.shared;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Writes for the projections. Event handlers run on the event processors' own threads, so waiting for
 * the database here blocks no request; a write that does not finish in time fails the event, which the
 * processor retries.
 */
@Component
public class Projections {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final DatabaseClient db;
    private final TransactionalOperator transactions;

    public Projections(DatabaseClient db, TransactionalOperator transactions) {
        this.db = db;
        this.transactions = transactions;
    }

    public long write(String sql, Params params) {
        Long updated = statement(sql, params).block(WRITE_TIMEOUT);
        return updated == null ? 0 : updated;
    }

    /** Several statements that must land together, e.g. a bill and its lines. */
    public void writeAll(Mono<?> statements) {
        statements.as(transactions::transactional).block(WRITE_TIMEOUT);
    }

    /** An insert that may find its row already there: the generated key of the new row, or null if none was added. */
    public Long insertReturningKey(String sql, Params params, String keyColumn) {
        return db.sql(sql).bindValues(params.boundIn(sql))
                .filter(statement -> statement.returnGeneratedValues(keyColumn))
                .map(row -> row.get(keyColumn, Long.class))
                .one()
                .block(WRITE_TIMEOUT);
    }

    public Mono<Long> statement(String sql, Params params) {
        return db.sql(sql).bindValues(params.boundIn(sql)).fetch().rowsUpdated();
    }
}
