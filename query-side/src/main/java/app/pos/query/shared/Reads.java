package app.pos.query.shared;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** Reads for the query handlers: non-blocking all the way to the HTTP response. */
@Component
public class Reads {

    private final DatabaseClient db;

    public Reads(DatabaseClient db) {
        this.db = db;
    }

    public <T> Flux<T> all(String sql, Params params, Function<Readable, T> mapper) {
        return db.sql(sql).bindValues(params.boundIn(sql)).map(mapper::apply).all();
    }

    public <T> Mono<T> one(String sql, Params params, Function<Readable, T> mapper) {
        return db.sql(sql).bindValues(params.boundIn(sql)).map(mapper::apply).one();
    }

    public Mono<Long> count(String sql, Params params) {
        return one(sql, params, row -> Rows.number(row, "n")).defaultIfEmpty(0L);
    }
}
