package app.pos.api.config;

import app.pos.api.shared.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html): every endpoint with its permission. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static {
        // Filled from the access token and headers, not sent by clients as a parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI posServerApi() {
        return new OpenAPI()
                .info(new Info().title("POS server API").version("v1")
                        .description("Event-sourced point-of-sale server. Errors are application/problem+json "
                                + "with a stable `code` and the `requestId`. Commands that create something "
                                + "take an optional client `id` and an `Idempotency-Key` header. Send "
                                + "`X-Terminal-Id` to have the till recorded on every event."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
