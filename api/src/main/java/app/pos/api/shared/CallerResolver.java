package app.pos.api.shared;

import app.pos.api.problem.RequestIds;
import app.pos.kernel.identity.Role;
import org.springframework.core.MethodParameter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** Gives controllers a {@link Caller} built from the verified token and the till's headers. */
@Component
public class CallerResolver implements HandlerMethodArgumentResolver {

    public static final String TERMINAL_HEADER = "X-Terminal-Id";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context,
                                        ServerWebExchange exchange) {
        var headers = exchange.getRequest().getHeaders();
        String terminal = terminalOf(exchange);
        String correlation = limited(headers.getFirst(CORRELATION_HEADER));
        String requestId = RequestIds.of(exchange);
        return exchange.getPrincipal()
                .cast(JwtAuthenticationToken.class)
                .map(token -> (Object) new Caller(UUID.fromString(token.getToken().getSubject()),
                        UUID.fromString(token.getToken().getClaimAsString("businessId")),
                        Role.valueOf(token.getToken().getClaimAsString("role")), terminal, requestId,
                        correlation != null ? correlation : requestId));
    }

    /** The till a request came from, as the till names itself (at most 100 characters). */
    public static String terminalOf(ServerWebExchange exchange) {
        return limited(exchange.getRequest().getHeaders().getFirst(TERMINAL_HEADER));
    }

    private static String limited(String value) {
        return value == null || value.isBlank() ? null : value.strip().substring(0, Math.min(value.strip().length(), 100));
    }
}
