package app.pos.api.live;

import app.pos.api.shared.Queries;
import app.pos.kernel.dashboard.FetchLiveEvents;
import app.pos.kernel.dashboard.LiveEvent;
import app.pos.kernel.dashboard.LiveStream;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The pushes of one live stream of a business. A watcher that says which push it saw last is first sent
 * the ones it missed, then the new ones as they happen, each exactly once and in order. The stream opens
 * with a comment once it is listening, so a client knows from then on nothing passes it by.
 */
@Component
public class ResumableFeed {

    private static final int PAGE = 500;
    private static final int HELD_PUSHES = 4096;

    private final Queries queries;
    private final BusinessSignals signals;
    private final LiveStreams streams;

    public ResumableFeed(Queries queries, BusinessSignals signals, LiveStreams streams) {
        this.queries = queries;
        this.signals = signals;
        this.streams = streams;
    }

    public Flux<ServerSentEvent<Object>> watch(UUID businessId, LiveStream stream, OptionalLong lastSeen,
                                               Predicate<LiveEvent> shown) {
        Flux<ServerSentEvent<Object>> live = signals.of(businessId).ofType(LiveEvent.class)
                .filter(push -> push.stream() == stream).filter(shown).map(streams::push);
        Flux<ServerSentEvent<Object>> missed = lastSeen.isPresent()
                ? missedSince(businessId, stream, lastSeen.getAsLong()).filter(shown).map(streams::push)
                : Flux.empty();
        return Flux.defer(() -> {
            AtomicLong newest = new AtomicLong(lastSeen.orElse(Long.MIN_VALUE));
            return Handover.after(Flux.concat(Mono.just(streams.listening()), missed), live, HELD_PUSHES)
                    .filter(event -> event.id() == null || Long.parseLong(event.id()) > newest.get())
                    .doOnNext(event -> {
                        if (event.id() != null) {
                            newest.set(Long.parseLong(event.id()));
                        }
                    });
        });
    }

    private Flux<LiveEvent> missedSince(UUID businessId, LiveStream stream, long lastSeen) {
        return page(businessId, stream, lastSeen)
                .expand(page -> page.size() < PAGE ? Mono.empty()
                        : page(businessId, stream, page.get(page.size() - 1).id()))
                .flatMapIterable(page -> page);
    }

    private Mono<List<LiveEvent>> page(UUID businessId, LiveStream stream, long after) {
        return queries.askList(new FetchLiveEvents(businessId, stream, after, PAGE), LiveEvent.class);
    }
}
