package app.pos.api.security;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Every operation in the OpenAPI document states what it needs in {@code x-permission}, read from the
 * same table the filter chain enforces, so the document cannot drift from what the server does.
 */
@Component
public class PermissionsInOpenApi implements OpenApiCustomizer {

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                describe(operation, EndpointPermissions.requiredForTemplate(HttpMethod.valueOf(method.name()), path))));
    }

    private static void describe(Operation operation, String required) {
        operation.addExtension("x-permission", required);
        String note = switch (required) {
            case EndpointPermissions.PUBLIC -> "Open to anyone.";
            case EndpointPermissions.SIGNED_IN -> "Needs any valid access token.";
            default -> "Needs the " + required + " permission.";
        };
        operation.setDescription(operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
    }
}
