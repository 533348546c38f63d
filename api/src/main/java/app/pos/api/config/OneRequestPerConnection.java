package app.pos.api.config;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every response closes its connection. Reactor Netty 1.3.6 (Spring Boot 4.1.0's) can stall a request
 * that arrives on a kept-alive connection before the previous exchange has fully ended (reactor-netty
 * #4361), and a till must never hang. Remove this filter once the Reactor Netty that Boot ships no
 * longer stalls under a keep-alive load of mixed quick answers.
 */
@Component
@Order(-600)
public class OneRequestPerConnection implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return chain.filter(exchange);
    }
}
