package app.pos.api.support;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds every answer the tests receive to the served OpenAPI document: the status must be one the
 * operation declares, the media type one it declares for that status, and a JSON body must match the
 * schema (required fields present, null only where nullable, the declared types and enum values, no field
 * the document does not name). So each HTTP test of the suite also proves the document true.
 */
public final class ApiContract {

    private static volatile JsonNode document;
    private static volatile List<Route> routes;

    private ApiContract() {
    }

    private record Route(String template, Pattern pattern, int variables) {
    }

    public static void check(WebTestClient http, HttpMethod method, String uri, int status, MediaType type,
                             JsonNode body) {
        String path = URI.create(uri.replace("|", "%7C")).getPath();
        JsonNode operation = operation(http, method, path);
        if (operation == null) {
            return;
        }
        String where = method + " " + path + " → " + status;
        JsonNode response = resolve(operation.path("responses").path(String.valueOf(status)));
        assertThat(response.isMissingNode()).as("%s is not declared in the OpenAPI document", where).isFalse();
        if (type == null || body.isMissingNode()) {
            return;
        }
        String mediaType = type.getType() + "/" + type.getSubtype();
        JsonNode content = response.path("content").path(mediaType);
        assertThat(content.isMissingNode()).as("%s answered %s, which the document does not declare (only %s)",
                where, mediaType, response.path("content").propertyNames()).isFalse();
        List<String> errors = new ArrayList<>();
        validate(body, content.path("schema"), "$", errors);
        assertThat(errors).as("%s: the body does not match the documented schema: %s", where, body).isEmpty();
    }

    private static JsonNode operation(WebTestClient http, HttpMethod method, String path) {
        load(http);
        return routes.stream().filter(route -> route.pattern().matcher(path).matches())
                .map(route -> document.path("paths").path(route.template()).path(method.name().toLowerCase()))
                .filter(found -> !found.isMissingNode())
                .findFirst().orElse(null);
    }

    private static void load(WebTestClient http) {
        if (document != null) {
            return;
        }
        synchronized (ApiContract.class) {
            if (document == null) {
                byte[] raw = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                        .expectBody(byte[].class).returnResult().getResponseBody();
                JsonNode parsed = Api.parse(new String(raw, StandardCharsets.UTF_8));
                List<Route> found = new ArrayList<>();
                parsed.path("paths").propertyNames().forEach(template -> found.add(new Route(template,
                        Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")),
                        template.split("\\{").length - 1)));
                found.sort(Comparator.comparingInt(Route::variables));
                routes = found;
                document = parsed;
            }
        }
    }

    private static JsonNode resolve(JsonNode node) {
        return resolve(document, node);
    }

    /** What a {@code $ref} in the document points to (the node itself if it is none). */
    public static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String[] parts = current.path("$ref").asString().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    private static void validate(JsonNode value, JsonNode declared, String at, List<String> errors) {
        JsonNode schema = resolve(declared);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                errors.add(at + " is null, but not nullable");
            }
            return;
        }
        if (schema.has("allOf")) {
            schema.path("allOf").forEach(part -> validate(value, part, at, errors));
            return;
        }
        if (schema.has("enum") && !contains(schema.path("enum"), value)) {
            errors.add(at + " is " + value + ", not one of " + schema.path("enum"));
        }
        String type = schema.path("type").asString("");
        switch (type) {
            case "object" -> object(value, schema, at, errors);
            case "array" -> {
                if (!value.isArray()) {
                    errors.add(at + " is not an array");
                } else {
                    for (int i = 0; i < value.size(); i++) {
                        validate(value.get(i), schema.path("items"), at + "[" + i + "]", errors);
                    }
                }
            }
            case "string" -> expect(value.isString(), at, "a string", value, errors);
            case "number" -> expect(value.isNumber(), at, "a number", value, errors);
            case "integer" -> expect(value.isIntegralNumber(), at, "an integer", value, errors);
            case "boolean" -> expect(value.isBoolean(), at, "a boolean", value, errors);
            default -> {
                if (schema.has("properties")) {
                    object(value, schema, at, errors);
                }
            }
        }
    }

    private static void object(JsonNode value, JsonNode schema, String at, List<String> errors) {
        if (!value.isObject()) {
            errors.add(at + " is not an object: " + value);
            return;
        }
        schema.path("required").forEach(name -> {
            if (!value.has(name.asString())) {
                errors.add(at + "." + name.asString() + " is required but missing");
            }
        });
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = field.getKey();
            if (properties.has(name)) {
                validate(field.getValue(), properties.path(name), at + "." + name, errors);
            } else if (additional.isObject()) {
                validate(field.getValue(), additional, at + "." + name, errors);
            } else if (!additional.asBoolean(false) && properties.size() > 0 && !isProblem(schema)) {
                errors.add(at + "." + name + " is not in the documented schema");
            }
        }
    }

    private static boolean isProblem(JsonNode schema) {
        return schema.path("properties").has("requestId") && schema.path("properties").has("code");
    }

    private static void expect(boolean holds, String at, String what, JsonNode value, List<String> errors) {
        if (!holds) {
            errors.add(at + " should be " + what + " but is " + value);
        }
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
