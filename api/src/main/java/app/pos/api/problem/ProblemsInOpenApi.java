package app.pos.api.problem;

import app.pos.api.security.EndpointPermissions;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The error contract in the OpenAPI document: one {@code Problem} schema, and on every operation each 4xx
 * it can answer, as {@code application/problem+json}. Which ones follow from what the operation is: every
 * request can be malformed, one that needs a token can lack it, one that needs a permission can be
 * refused, one with an id in its path can name nothing, one with a body can send the wrong kind, and a
 * command can conflict with the current state or break a rule. Operations that answer more (429 at sign-in)
 * or say which codes they give declare that themselves; this fills in their body.
 */
@Component
@Order(1)
public class ProblemsInOpenApi implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The shared answers, by status, in the order they are listed. */
    private static final Map<String, Refusal> REFUSALS = new LinkedHashMap<>();

    static {
        refusal("400", "BadRequest", "Malformed or outside the documented bounds: `MALFORMED_REQUEST`, "
                + "`VALIDATION_FAILED` and `INVALID_PARAMETER` name each field in `errors`; `REQUEST_REJECTED` "
                + "for an address the server does not accept");
        refusal("401", "Unauthenticated", "No valid access token: `UNAUTHENTICATED`");
        refusal("403", "NotAllowed", "The caller's permissions do not allow it: `NOT_ALLOWED`");
        refusal("404", "NotFound", "Nothing with that id in the caller's business (another business's data "
                + "included): `…_NOT_FOUND`, with the `id`");
        refusal("406", "NotAcceptable", "None of the media types in `Accept` can be served: `NOT_ACCEPTABLE`");
        refusal("409", "Conflict", "Conflicts with the current state; `CONCURRENT_MODIFICATION` is safe to retry");
        refusal("413", "ContentTooLarge", "The body is larger than the server reads: `CONTENT_TOO_LARGE`");
        refusal("415", "UnsupportedMediaType", "The body is not `application/json`: `UNSUPPORTED_MEDIA_TYPE`");
        refusal("422", "RuleBroken", "Well-formed, but breaks a rule of the business; `code` names the rule");
    }

    private record Refusal(String name, String description) {
    }

    private static void refusal(String status, String name, String description) {
        REFUSALS.put(status, new Refusal(name, description));
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        components.addSchemas("StockShortage", stockShortage());
        components.addSchemas(PROBLEM, problem());
        REFUSALS.forEach((status, refusal) -> components.addResponses(refusal.name(),
                new ApiResponse().description(refusal.description()).content(problemContent())));
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                declare(operation, HttpMethod.valueOf(method.name()), path)));
    }

    private static void declare(Operation operation, HttpMethod method, String path) {
        ApiResponses responses = operation.getResponses();
        String required = EndpointPermissions.requiredForTemplate(method, path);
        boolean hasBody = operation.getRequestBody() != null;
        add(responses, "400", true);
        add(responses, "401", !EndpointPermissions.PUBLIC.equals(required));
        add(responses, "403", !EndpointPermissions.PUBLIC.equals(required)
                && !EndpointPermissions.SIGNED_IN.equals(required));
        add(responses, "404", path.contains("{"));
        add(responses, "406", true);
        add(responses, "409", method != HttpMethod.GET);
        add(responses, "413", hasBody);
        add(responses, "415", hasBody);
        add(responses, "422", method != HttpMethod.GET);
        responses.forEach((status, response) -> {
            if (status.startsWith("4") && response.get$ref() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static void add(ApiResponses responses, String status, boolean applies) {
        if (applies && !responses.containsKey(status)) {
            responses.addApiResponse(status,
                    new ApiResponse().$ref("#/components/responses/" + REFUSALS.get(status).name()));
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("identifies the kind of problem"));
        properties.put("title", new StringSchema().description("the code in words"));
        properties.put("status", new IntegerSchema().description("the HTTP status"));
        properties.put("detail", new StringSchema().description("what went wrong, for a person"));
        properties.put("instance", new StringSchema().description("the path of the request"));
        properties.put("code", new StringSchema().pattern("^[A-Z][A-Z0-9_]*$")
                .description("stable, UPPER_SNAKE: what a program should branch on"));
        properties.put("requestId", new StringSchema().description("the request's `X-Request-Id`, also in the "
                + "server's log and on every event the request caused"));
        properties.put("errors", new ObjectSchema().additionalProperties(new StringSchema())
                .description("field → message, for `VALIDATION_FAILED`, `MALFORMED_REQUEST` and `INVALID_PARAMETER`"));
        properties.put("id", new StringSchema().description("for `…_NOT_FOUND`: the id that named nothing"));
        properties.put("products", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/StockShortage"))
                .description("for `INSUFFICIENT_STOCK`: every product the request asked too much of"));
        properties.put("creditLimit", money("for `CREDIT_LIMIT_EXCEEDED`: the customer's udhaar limit"));
        properties.put("creditBalance", money("for `CREDIT_LIMIT_EXCEEDED`: what the customer owes now"));
        properties.put("requested", money("for `CREDIT_LIMIT_EXCEEDED`: the udhaar asked for"));
        properties.put("available", money("for `CREDIT_LIMIT_EXCEEDED`: the udhaar still allowed"));
        properties.put("totalAmount", money("for `PAYMENT_SHORTFALL`: the bill's total"));
        properties.put("covered", money("for `PAYMENT_SHORTFALL`: what the tenders and udhaar cover"));
        properties.put("shortfall", money("for `PAYMENT_SHORTFALL`: what is missing"));
        properties.put("lockedUntil", new StringSchema().format("date-time")
                .description("for `ACCOUNT_LOCKED`: when sign-in opens again"));
        return new ObjectSchema().description("An RFC 9457 problem (`application/problem+json`): every error the "
                        + "API answers has this shape, with a stable `code` and the `requestId`. Members beyond "
                        + "these may be added.")
                .properties(properties)
                .required(List.of("type", "title", "status", "detail", "code", "requestId"));
    }

    private static Schema<?> stockShortage() {
        return new ObjectSchema().description("A product a request asked more of than is on the shelf")
                .addProperty("productId", new UUIDSchema())
                .addProperty("productName", new StringSchema())
                .addProperty("available", new NumberSchema().description("units on the shelf now"))
                .addProperty("requested", new NumberSchema().description("units the request asked for"))
                .required(List.of("productId", "productName", "available", "requested"));
    }

    private static Schema<?> money(String description) {
        return new NumberSchema().description(description);
    }
}
