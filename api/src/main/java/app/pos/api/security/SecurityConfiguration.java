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

/**
 * Stateless bearer-token security: Spring Security's resource server verifies the token, its role becomes
 * permissions, and {@link EndpointPermissions} decides each endpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, TokenService tokens,
                                               ProblemResponses problems) {
        JwtAuthenticationConverter permissions = new JwtAuthenticationConverter();
        permissions.setJwtGrantedAuthoritiesConverter(TokenService::authorities);
        // Browsers' EventSource cannot send headers, so the SSE stream also takes ?access_token=.
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        bearer.setAllowUriQueryParameter(true);
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
                        .bearerTokenConverter(bearer)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtDecoder(tokens.decoder())
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(permissions))))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** bcrypt today, with the algorithm recorded in each hash so stronger ones can follow. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
