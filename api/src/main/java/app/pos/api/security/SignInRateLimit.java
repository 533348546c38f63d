package app.pos.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in attempts per client address (A1): each address may try {@code signInAttemptsPerMinute} times
 * a minute, refilled steadily, across password sign-in, PIN sign-in and self-signup; beyond that it gets
 * 429 TOO_MANY_SIGN_IN_ATTEMPTS with Retry-After. Together with the per-account lockout this stops both
 * guessing one account's password and spraying one password over many accounts. Behind a reverse proxy,
 * set SERVER_FORWARD_HEADERS_STRATEGY=framework so the client's address, not the proxy's, is counted.
 * Addresses idle for ten minutes are forgotten.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SignInRateLimit implements WebFilter {

    static final Set<String> GUARDED = Set.of("/api/v1/auth/login", "/api/v1/auth/pin-login",
            "/api/v1/businesses/signup");

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(10, TimeUnit.MINUTES).maximumSize(100_000).build();
    private final Bandwidth limit;
    private final ProblemResponses problems;

    public SignInRateLimit(SecurityProperties properties, ProblemResponses problems) {
        int perMinute = properties.signInAttemptsPerMinute();
        this.limit = Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.POST || !GUARDED.contains(request.getPath().value())) {
            return chain.filter(exchange);
        }
        ConsumptionProbe probe = buckets.get(address(exchange), key -> Bucket.builder().addLimit(limit).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_SIGN_IN_ATTEMPTS",
                "too many sign-in attempts from this address; try again in " + seconds + " s");
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
