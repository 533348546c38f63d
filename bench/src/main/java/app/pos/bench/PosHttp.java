package app.pos.bench;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.resolver.DefaultAddressResolverGroup;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * HTTP to the server as a till speaks it: JSON bodies, a bearer token, the till's {@code X-Terminal-Id}
 * and an {@code Idempotency-Key} on commands. Requests share a pool of kept-alive connections, as tills
 * keep theirs open; each event stream has a connection of its own.
 */
public final class PosHttp {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Enough for every till of an open-loop run to have a request in flight; more only wait their turn. */
    private static final int MAX_CONNECTIONS = 1024;

    private final String baseUrl;
    private final HttpClient requests;
    private final HttpClient streams;
    private final LongAdder answered = new LongAdder();
    private final LongAdder connectionsOpened = new LongAdder();

    public PosHttp(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        ConnectionProvider tills = ConnectionProvider.builder("tills")
                .maxConnections(MAX_CONNECTIONS)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(Duration.ofSeconds(30))
                .maxIdleTime(Duration.ofSeconds(20))
                .build();
        this.requests = connect(HttpClient.create(tills)).responseTimeout(Duration.ofSeconds(30));
        // Event streams are quiet between sales and heartbeats: no response timeout.
        this.streams = connect(HttpClient.create(ConnectionProvider.newConnection()));
    }

    private HttpClient connect(HttpClient client) {
        return client.baseUrl(baseUrl)
                .resolver(DefaultAddressResolverGroup.INSTANCE)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .doOnChannelInit((observer, channel, address) -> connectionsOpened.increment());
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Mono<Reply> get(String path, Session who) {
        return send(HttpMethod.GET, path, null, who, null);
    }

    public Mono<Reply> post(String path, Object body, Session who, String idempotencyKey) {
        return send(HttpMethod.POST, path, body, who, idempotencyKey);
    }

    /** Never fails: a request that got no answer comes back as status 0. */
    public Mono<Reply> send(HttpMethod method, String path, Object body, Session who, String idempotencyKey) {
        byte[] json = body == null ? null : JSON.writeValueAsBytes(body);
        return requests.request(method).uri(path)
                .send((request, outbound) -> {
                    if (who != null) {
                        request.header(HttpHeaderNames.AUTHORIZATION, "Bearer " + who.accessToken());
                        if (who.terminalId() != null) {
                            request.header("X-Terminal-Id", who.terminalId());
                        }
                    }
                    if (idempotencyKey != null) {
                        request.header("Idempotency-Key", idempotencyKey);
                    }
                    if (json == null) {
                        return outbound;
                    }
                    request.header(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
                    request.header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(json.length));
                    return outbound.sendByteArray(Mono.just(json));
                })
                .responseSingle((response, content) -> {
                    answered.increment();
                    return content.asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                            .map(text -> new Reply(response.status().code(), text));
                })
                .onErrorResume(error -> Mono.just(Reply.failed(error)));
    }

    /** The raw bytes of an event stream, as they arrive. */
    public Flux<byte[]> stream(String path) {
        return streams.headers(headers -> headers.set(HttpHeaderNames.ACCEPT, "text/event-stream"))
                .get().uri(path)
                .response((response, content) -> response.status().code() == 200
                        ? content.asByteArray()
                        : Flux.error(new IllegalStateException(path.replaceAll("access_token=[^&]+", "access_token=…")
                        + " answered " + response.status().code())));
    }

    public long answered() {
        return answered.sum();
    }

    /** Connections opened, event streams included: far fewer than requests when connections are kept. */
    public long connectionsOpened() {
        return connectionsOpened.sum();
    }

    static JsonNode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(raw);
        } catch (RuntimeException notJson) {
            return JSON.missingNode();
        }
    }
}
