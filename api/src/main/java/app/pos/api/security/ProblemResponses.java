package app.pos.api.security;

import app.pos.api.problem.Problems;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 and 429 from filters, and requests Spring Security's firewall turns away, in the same
 * problem+json shape as every other error.
 */
@Component
public class ProblemResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerExchangeRejectedHandler {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        return write(exchange, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                "a valid access token is required (Authorization: Bearer ...)");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return write(exchange, HttpStatus.FORBIDDEN, "NOT_ALLOWED", "your role does not allow this");
    }

    /** An encoded slash or dot segment, a control character, an unusual method: refused before anything reads it. */
    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return write(exchange, HttpStatus.BAD_REQUEST, "REQUEST_REJECTED",
                "the request's address or method is not accepted (encoded slashes, dot segments, control "
                        + "characters or an unknown method)");
    }

    /** For filters that answer before any controller: the same body the problem handler gives. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String detail) {
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.getHeaders().set("WWW-Authenticate", "Bearer");
        }
        byte[] body = json.writeValueAsBytes(Problems.problem(status, code, detail, exchange));
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
