package app.pos.api.dashboard;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * The web dashboard (D4): {@code /dashboard} serves {@code static/dashboard/index.html}, whose scripts and
 * styles sit beside it, and {@code /} leads there. A filter rather than a controller keeps the page out of
 * the OpenAPI document, which describes the API alone.
 * <p>
 * The page gets a Content-Security-Policy that lets it load scripts, styles and data from this server only,
 * so even text that slipped past escaping could not run or send anything elsewhere.
 */
@Component
@Order(-500)
public class DashboardPage implements WebFilter {

    public static final String PATH = "/dashboard";
    static final String DOCUMENT = PATH + "/index.html";

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return chain.filter(exchange);
        }
        String path = request.getPath().pathWithinApplication().value();
        if (path.equals("/")) {
            exchange.getResponse().setStatusCode(HttpStatus.FOUND);
            exchange.getResponse().getHeaders().setLocation(URI.create(PATH));
            return exchange.getResponse().setComplete();
        }
        if (path.equals(PATH) || path.equals(PATH + "/") || path.equals(DOCUMENT)) {
            exchange.getResponse().getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            exchange.getResponse().getHeaders().set("Referrer-Policy", "no-referrer");
            return chain.filter(exchange.mutate().request(request.mutate().path(DOCUMENT).build()).build());
        }
        return chain.filter(exchange);
    }
}
