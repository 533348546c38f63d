package app.pos.api.live;

import app.pos.api.problem.InvalidInput;
import app.pos.kernel.dashboard.LiveEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * How the live streams speak server-sent events: pushes carry their id, so a browser's EventSource sends
 * it back as {@code Last-Event-ID} when it reconnects; a comment every {@code pos.stream.heartbeat} keeps
 * proxies from closing a quiet connection; the opening comment tells the browser how soon to reconnect.
 */
@Component
public class LiveStreams {

    public static final String LAST_EVENT_ID = "Last-Event-ID";

    private final Duration heartbeat;
    private final Duration reconnectAfter;

    public LiveStreams(@Value("${pos.stream.heartbeat:15s}") Duration heartbeat,
                       @Value("${pos.stream.reconnect-after:3s}") Duration reconnectAfter) {
        this.heartbeat = heartbeat;
        this.reconnectAfter = reconnectAfter;
    }

    /** The stream's events, with heartbeats; its end (the client leaving) releases everything it held. */
    public Flux<ServerSentEvent<Object>> open(Flux<ServerSentEvent<Object>> events) {
        return events.mergeWith(heartbeats());
    }

    /** Sent once the stream listens for new pushes. */
    ServerSentEvent<Object> listening() {
        return ServerSentEvent.builder().comment("listening").retry(reconnectAfter).build();
    }

    public ServerSentEvent<Object> push(LiveEvent push) {
        return ServerSentEvent.<Object>builder(push.json()).id(Long.toString(push.id())).event(push.type()).build();
    }

    public static ServerSentEvent<Object> event(String name, Object data) {
        return ServerSentEvent.builder(data).event(name).build();
    }

    /**
     * The id of the last push a client saw: the header an EventSource sends when it reconnects, or a
     * {@code lastEventId} parameter for clients that cannot set headers on the first connection.
     */
    public static OptionalLong lastSeen(String header, String parameter) {
        String field = header != null && !header.isBlank() ? LAST_EVENT_ID : "lastEventId";
        String value = header != null && !header.isBlank() ? header : parameter;
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id >= 0) {
                return OptionalLong.of(id);
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like a negative id
        }
        throw new InvalidInput(field, "INVALID_EVENT_ID", "must be the id of an event this stream sent");
    }

    private Flux<ServerSentEvent<Object>> heartbeats() {
        return Flux.interval(heartbeat).onBackpressureDrop()
                .map(tick -> ServerSentEvent.builder().comment("heartbeat").build());
    }
}
