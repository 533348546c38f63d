package app.pos.api.config;

import app.pos.api.shared.Caller;
import app.pos.api.shared.TillHeadersInOpenApi;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html), written for the people who
 * generate a till's client from it: every endpoint with its permission, its real answers and its errors.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static {
        // Filled from the access token and headers, not sent by clients as a parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        // One named schema per enum, shared by requests, answers and query parameters, so a generated
        // client has one PaymentMethod type rather than one per place it appears.
        ModelResolver.enumsAsRef = true;
    }

    @Bean
    OpenAPI posServerApi() {
        Components components = new Components().addSecuritySchemes("bearer", new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
        TillHeadersInOpenApi.register(components);
        return new OpenAPI()
                .info(new Info().title("POS server API").version("v1")
                        .description("Event-sourced point-of-sale server. Errors are application/problem+json "
                                + "(the `Problem` schema) with a stable `code` and the `requestId`, listed on each "
                                + "operation; any request may also be answered 414 or 431 in the same shape when "
                                + "its address or headers are longer than the server reads. Commands that "
                                + "create something take an optional client `id` and an `Idempotency-Key` header. "
                                + "Send `X-Terminal-Id` to have the till recorded on every event."))
                // relative: the document describes the server that serves it, wherever that is
                .servers(List.of(new Server().url("/").description("the server that serves this document")))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
