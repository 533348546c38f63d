package app.pos.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** Builds the one error shape of the API: RFC 9457 problem details with a stable code and the request id. */
public final class Problems {

    private static final String TYPE_BASE = "https://pos.app/problems/";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail, ServerWebExchange exchange) {
        ProblemDetail problem = problem(status, code, detail, RequestIds.of(exchange));
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return problem;
    }

    /** For answers given before a request is understood well enough to have a path. */
    public static ProblemDetail problem(HttpStatus status, String code, String detail, String requestId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title(code));
        problem.setProperty("code", code);
        problem.setProperty("requestId", requestId);
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, Map<String, String> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String title(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
