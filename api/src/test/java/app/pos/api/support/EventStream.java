package app.pos.api.support;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** A live subscription to a server-sent event stream, as a browser's EventSource holds it, collecting named events. */
public final class EventStream implements AutoCloseable {

    private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT =
            new ParameterizedTypeReference<>() {
            };

    public final List<ServerSentEvent<Map<String, Object>>> events = new CopyOnWriteArrayList<>();
    private final AtomicBoolean listening = new AtomicBoolean();
    private final Disposable subscription;

    public static EventStream open(WebTestClient http, String path, String token) {
        return new EventStream(http, path, token, null);
    }

    /** Reconnects the way EventSource does, saying which event it saw last. */
    public static EventStream resume(WebTestClient http, String path, String token, String lastEventId) {
        return new EventStream(http, path, token, lastEventId);
    }

    private EventStream(WebTestClient http, String path, String token, String lastEventId) {
        var result = http.get().uri(path + "?access_token=" + token)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .headers(headers -> {
                    if (lastEventId != null) {
                        headers.set("Last-Event-ID", lastEventId);
                    }
                })
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(EVENT);
        subscription = result.getResponseBody().subscribe(event -> {
            if (event.event() != null) {
                events.add(event);
            } else if ("listening".equals(event.comment())) {
                listening.set(true);
            }
        });
    }

    /** The server says it listens for new pushes: from now on nothing passes this stream by. */
    public boolean listening() {
        return listening.get();
    }

    public List<String> names() {
        return events.stream().map(ServerSentEvent::event).toList();
    }

    public List<ServerSentEvent<Map<String, Object>>> named(String name) {
        return events.stream().filter(event -> name.equals(event.event())).toList();
    }

    public List<Map<String, Object>> data(String name) {
        return named(name).stream().map(ServerSentEvent::data).toList();
    }

    public String lastId() {
        return events.stream().map(ServerSentEvent::id).filter(id -> id != null).reduce((a, b) -> b).orElseThrow();
    }

    /** The bills count of every {@code dashboard} event so far. */
    public List<Long> billsCounts() {
        return data("dashboard").stream()
                .map(view -> ((Number) ((Map<?, ?>) view.get("todaySales")).get("billsCount")).longValue())
                .toList();
    }

    @Override
    public void close() {
        subscription.dispose();
    }
}
