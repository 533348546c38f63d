package app.pos.api.security;

import app.pos.api.dashboard.DashboardPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Stateless bearer-token security: Spring Security's resource server verifies the token, its role becomes
 * permissions, and {@link EndpointPermissions} decides each endpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    private static final String[] EVENT_STREAMS = {"/api/v1/stream/**", "/api/v1/projections/*/rebuild/progress",
            "/api/v1/projections/*/verify/progress"};

    @Bean
    SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, TokenService tokens,
                                               ProblemResponses problems) {
        JwtAuthenticationConverter permissions = new JwtAuthenticationConverter();
        permissions.setJwtGrantedAuthoritiesConverter(TokenService::authorities);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers("/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**",
                                    "/swagger-ui.html", "/swagger-ui/**", "/webjars/**").permitAll();
                    // the web dashboard's page and files; it signs in and reads everything else with a token
                    String[] page = {"/", DashboardPage.PATH, DashboardPage.PATH + "/**"};
                    exchanges.pathMatchers(HttpMethod.GET, page).permitAll();
                    exchanges.pathMatchers(HttpMethod.HEAD, page).permitAll();
                    EndpointPermissions.apply(exchanges);
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .bearerTokenConverter(bearerTokens())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtDecoder(tokens.decoder())
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(permissions))))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /**
     * The token comes in the Authorization header. Browsers' EventSource cannot send headers, so the
     * server-sent event streams (the live streams and a rebuild's progress), and only they, also take it as
     * {@code ?access_token=}: anywhere else a token in the address would end up in logs and browser history
     * for nothing.
     */
    private static ServerAuthenticationConverter bearerTokens() {
        ServerBearerTokenAuthenticationConverter header = new ServerBearerTokenAuthenticationConverter();
        ServerBearerTokenAuthenticationConverter headerOrQuery = new ServerBearerTokenAuthenticationConverter();
        headerOrQuery.setAllowUriQueryParameter(true);
        ServerWebExchangeMatcher eventStreams = ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, EVENT_STREAMS);
        return exchange -> eventStreams.matches(exchange).flatMap(stream -> stream.isMatch()
                ? headerOrQuery.convert(exchange)
                : header.convert(exchange));
    }

    /** bcrypt today, with the algorithm recorded in each hash so stronger ones can follow. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
