package app.pos.api.problem;

import app.pos.api.shared.Commands;
import app.pos.api.shared.Causes;
import app.pos.kernel.rules.RuleViolation;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.databind.DatabindException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

/**
 * Turns every failure into a problem+json response: rule violations keep their code, bad input names the
 * field, and anything unexpected is a 500 that shows no internals (the log has them, under the request id).
 */
@RestControllerAdvice
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> violation(RuleViolation violation, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(status(violation.kind()), violation.code(), violation.getMessage(),
                exchange);
        violation.details().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<ProblemDetail> invalid(WebExchangeBindException invalid, ServerWebExchange exchange) {
        Map<String, String> errors = new TreeMap<>();
        invalid.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        invalid.getGlobalErrors().forEach(error -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
        return validationFailed(errors, exchange);
    }

    /** A path variable or query parameter outside its documented bounds (an over-long id, say). */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException invalid, ServerWebExchange exchange) {
        Map<String, String> errors = new TreeMap<>();
        invalid.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.putIfAbsent(result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
        return validationFailed(errors, exchange);
    }

    private static ResponseEntity<ProblemDetail> validationFailed(Map<String, String> errors,
                                                                  ServerWebExchange exchange) {
        String detail = errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
        return respond(Problems.withErrors(
                Problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", detail, exchange), errors));
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput invalid, ServerWebExchange exchange) {
        return respond(Problems.withErrors(Problems.problem(HttpStatus.BAD_REQUEST, invalid.code(),
                invalid.field() + ": " + invalid.getMessage(), exchange), Map.of(invalid.field(), invalid.getMessage())));
    }

    /** Unreadable JSON, a wrong type or an unknown enum value: say which field. */
    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException unreadable, ServerWebExchange exchange) {
        DatabindException databind = Causes.find(unreadable, DatabindException.class);
        if (databind != null && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = "has a value of the wrong type or format";
            return respond(Problems.withErrors(Problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                    field + " " + message, exchange), Map.of(field, message)));
        }
        boolean body = Causes.find(unreadable, DecodingException.class) != null;
        String detail = body ? "the request body is not valid JSON" : unreadable.getReason();
        Map<String, String> errors = new LinkedHashMap<>();
        if (unreadable.getMethodParameter() != null && unreadable.getMethodParameter().getParameterName() != null) {
            errors.put(unreadable.getMethodParameter().getParameterName(), "is missing or malformed");
        }
        return respond(Problems.withErrors(
                Problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", detail, exchange), errors));
    }

    /** Routing and content negotiation: 404, 405, 406, 413, 415, each with its status's name as code. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException error, ServerWebExchange exchange) {
        HttpStatusCode code = error.getStatusCode();
        HttpStatus status = HttpStatus.resolve(code.value());
        String name = status == null ? "HTTP_" + code.value() : status.name();
        String detail = error instanceof NoResourceFoundException ? "nothing is served at this path"
                : error.getReason() != null ? error.getReason()
                : status != null ? status.getReasonPhrase() : name;
        return respond(Problems.problem(status == null ? HttpStatus.BAD_REQUEST : status, name, detail, exchange));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException missing, ServerWebExchange exchange) {
        return respond(Problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "no such record", exchange));
    }

    /** Another till changed the same thing at the same moment; retrying the request is safe. */
    @ExceptionHandler({ConcurrencyException.class, LockAcquisitionFailedException.class})
    ResponseEntity<ProblemDetail> concurrent(Exception error, ServerWebExchange exchange) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                "the record was changed at the same moment by another request; retry", exchange));
    }

    /** More commands are waiting than the server takes on; the till should retry shortly. */
    @ExceptionHandler(RejectedExecutionException.class)
    ResponseEntity<ProblemDetail> busy(RejectedExecutionException error, ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "1")
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "SERVER_BUSY",
                        "the server is taking on too many commands at once; retry shortly", exchange));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception error, ServerWebExchange exchange) {
        RuleViolation violation = Causes.find(error, RuleViolation.class);
        if (violation != null) {
            return violation(violation, exchange);
        }
        if (Commands.isConflict(error)) {
            return concurrent(error, exchange);
        }
        log.error("Request {} failed", RequestIds.of(exchange), error);
        return respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "the server could not complete the request", exchange));
    }

    static HttpStatus status(RuleViolation.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
