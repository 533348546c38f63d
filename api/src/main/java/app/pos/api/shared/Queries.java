package app.pos.api.shared;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;

/** Asks the query side through Axon's query bus; the handlers answer without blocking. */
@Component
public class Queries {

    private final QueryGateway gateway;

    public Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    /** Empty when the query side has no answer, which the web layer turns into 404. */
    public <R> Mono<R> ask(Object query, Class<R> responseType) {
        return Mono.fromFuture(() -> gateway.query(query, ResponseTypes.instanceOf(responseType)))
                .flatMap(Mono::justOrEmpty);
    }

    public <R> Mono<List<R>> askList(Object query, Class<R> itemType) {
        return Mono.fromFuture(() -> gateway.query(query, ResponseTypes.multipleInstancesOf(itemType)));
    }

    public QueryGateway gateway() {
        return gateway;
    }
}
