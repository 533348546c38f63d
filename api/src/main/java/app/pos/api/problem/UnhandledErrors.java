package app.pos.api.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that no controller advice sees (raised in a filter or while the response is being written)
 * get the API's problem+json too, in place of Spring Boot's own error page and JSON.
 */
@Component
@Order(-2)
public class UnhandledErrors implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UnhandledErrors.class);

    private final JsonMapper json;

    public UnhandledErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        HttpStatus status = error instanceof ResponseStatusException known
                ? HttpStatus.resolve(known.getStatusCode().value()) : null;
        if (status == null) {
            log.error("Request {} failed", RequestIds.of(exchange), error);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String code = status == HttpStatus.INTERNAL_SERVER_ERROR ? "INTERNAL_ERROR" : status.name();
        String detail = status == HttpStatus.INTERNAL_SERVER_ERROR
                ? "the server could not complete the request" : status.getReasonPhrase();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(Problems.problem(status, code, detail, exchange));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
