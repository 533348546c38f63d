package app.pos.api.live;

import reactor.core.publisher.Flux;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One upstream per business on this node, however many streams watch it: the first watcher connects it,
 * the last one to leave disconnects it, and the next watcher starts it again.
 */
final class SharedPerBusiness<T> {

    private final Map<UUID, Flux<T>> shared = new ConcurrentHashMap<>();
    private final Function<UUID, Flux<T>> upstream;

    SharedPerBusiness(Function<UUID, Flux<T>> upstream) {
        this.upstream = upstream;
    }

    Flux<T> of(UUID businessId) {
        return shared.computeIfAbsent(businessId, id -> upstream.apply(id)
                .doFinally(signal -> shared.remove(id))
                .publish()
                .refCount());
    }
}
