package app.pos.api.live;

import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * What was (a snapshot, a backlog), then what happens, with nothing lost at the seam: the live source is
 * listened to before the past is read, and what it sends meanwhile is held. A watcher that falls more
 * than {@code capacity} pushes behind is ended rather than followed without bound; it reconnects and
 * resumes.
 */
final class Handover {

    private Handover() {
    }

    static <T> Flux<T> after(Publisher<T> past, Flux<T> live, int capacity) {
        return Flux.defer(() -> {
            Sinks.Many<T> held = Sinks.many().unicast().onBackpressureBuffer(Queues.<T>get(capacity).get());
            Disposable listening = live.subscribe(
                    item -> {
                        if (held.tryEmitNext(item).isFailure()) {
                            held.tryEmitError(new FellBehind(capacity));
                        }
                    },
                    held::tryEmitError,
                    held::tryEmitComplete);
            return Flux.concat(past, held.asFlux()).doFinally(signal -> listening.dispose());
        });
    }

    static final class FellBehind extends RuntimeException {

        FellBehind(int capacity) {
            super("The watcher fell more than " + capacity + " pushes behind", null, false, false);
        }
    }
}
