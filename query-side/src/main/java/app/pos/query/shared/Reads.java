package app.pos.query.shared;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.Locale;
import java.util.function.Function;

/**
 * Reads for the query handlers. PostgreSQL's driver never blocks, so its reads run on the thread that
 * asks; embedded H2 answers synchronously on whatever thread subscribes, so its reads move to a worker
 * thread and never hold up the web server's event loop.
 */
@Component
public class Reads {

    private final DatabaseClient db;
    private final Scheduler scheduler;

    public Reads(DatabaseClient db, ConnectionFactory connections) {
        this.db = db;
        boolean blockingDriver = connections.getMetadata().getName().toLowerCase(Locale.ROOT).contains("h2");
        this.scheduler = blockingDriver ? Schedulers.boundedElastic() : Schedulers.immediate();
    }

    public <T> Flux<T> all(String sql, Params params, Function<Readable, T> mapper) {
        return db.sql(sql).bindValues(params.boundIn(sql)).map(mapper::apply).all().subscribeOn(scheduler);
    }

    public <T> Mono<T> one(String sql, Params params, Function<Readable, T> mapper) {
        return db.sql(sql).bindValues(params.boundIn(sql)).map(mapper::apply).one().subscribeOn(scheduler);
    }

    public Mono<Long> count(String sql, Params params) {
        return one(sql, params, row -> Rows.number(row, "n")).defaultIfEmpty(0L);
    }
}
