package app.pos.query.replay;

import app.pos.query.shared.Params;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * Reads during a rebuild see every write handled before them: whatever is queued is applied first. A
 * handler reads and waits for the answer on the rebuild thread, so it is applied there and then.
 */
final class ShadowReads extends Reads {

    private final ShadowWrites writes;

    ShadowReads(DatabaseClient db, ConnectionFactory connections, ShadowWrites writes) {
        super(db, connections);
        this.writes = writes;
    }

    @Override
    public <T> Flux<T> all(String sql, Params params, Function<Readable, T> mapper) {
        writes.applyAll();
        return super.all(sql, params, mapper);
    }

    @Override
    public <T> Mono<T> one(String sql, Params params, Function<Readable, T> mapper) {
        writes.applyAll();
        return super.one(sql, params, mapper);
    }
}
