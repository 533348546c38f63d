package app.pos.api.openapi;

import app.pos.api.support.Api;
import app.pos.api.support.ApiContract;
import app.pos.api.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document as a terminal developer meets it: what generated clients depend on. Every
 * answer the HTTP tests receive is also held to it (see ApiContract). The document is written to
 * target/openapi/pos-api.json, from which the clients module generates its Java and TypeScript clients.
 */
class OpenApiDocumentTest extends IntegrationTest {

    static final Path WRITTEN = Path.of("target", "openapi", "pos-api.json");

    private JsonNode document;
    private String raw;

    @BeforeEach
    void read() {
        raw = new String(http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
        document = Api.parse(raw);
    }

    @Test
    void isWrittenForTheClientGenerators() throws IOException {
        Files.createDirectories(WRITTEN.getParent());
        Files.writeString(WRITTEN, raw);
        assertThat(document.path("openapi").asString()).startsWith("3.0");
    }

    @Test
    void everyOperationHasAHandChosenUniqueOperationId() {
        Set<String> seen = new HashSet<>();
        operations((where, operation) -> {
            String id = operation.path("operationId").asString("");
            assertThat(id).as("operationId of %s", where).matches("[a-z][A-Za-z]+");
            assertThat(seen.add(id)).as("%s is used twice", id).isTrue();
        });
        assertThat(seen).contains("createSale", "getSale", "listProducts", "getProductByBarcode",
                "recordCreditPayment", "login");
    }

    @Test
    void eachTagIsDeclaredOnceWithADescription() {
        List<String> names = new ArrayList<>();
        document.path("tags").forEach(tag -> {
            names.add(tag.path("name").asString());
            assertThat(tag.path("description").asString("")).as("description of %s", tag).isNotBlank();
        });
        assertThat(names).doesNotHaveDuplicates().contains("Audit", "Sales (bills)");
    }

    @Test
    void answersAreJsonOrWhatTheyReallyAreNeverAnything() {
        assertThat(raw.contains("\"*/*\"")).as("a */* media type").isFalse();
        operations((where, operation) -> operation.path("responses").properties().forEach(entry -> {
            if (entry.getKey().startsWith("4")) {
                assertThat(resolve(entry.getValue()).path("content").has("application/problem+json"))
                        .as("%s %s is problem+json", where, entry.getKey()).isTrue();
            }
        }));
    }

    @Test
    void everyOperationDeclaresTheRefusalsItCanGive() {
        operations((where, operation) -> assertThat(operation.path("responses").propertyNames())
                .as("4xx of %s", where).anyMatch(status -> status.startsWith("4")));
        JsonNode createSale = operation("/api/v1/sales", "post");
        assertThat(createSale.path("responses").propertyNames()).contains("201", "202", "400", "401", "403", "404",
                "409", "422");
        assertThat(createSale.path("responses").has("200")).isFalse();
        assertThat(operation("/api/v1/products/{id}", "get").path("responses").propertyNames()).contains("404");
        assertThat(operation("/api/v1/auth/login", "post").path("responses").propertyNames()).contains("200", "429");
    }

    @Test
    void theProblemSchemaCarriesTheCodeTheRequestIdTheFieldsAndTheShortProducts() {
        JsonNode problem = schema("Problem");
        assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail", "code",
                "requestId", "errors", "products");
        assertThat(problem.path("required").valueStream().map(JsonNode::asString)).contains("code", "requestId");
        assertThat(problem.at("/properties/products/items/$ref").asString()).endsWith("/StockShortage");
    }

    @Test
    void enumsAreNamedSchemasSharedByRequestsAnswersAndQueryParameters() {
        assertThat(raw.split("\"BANK_TRANSFER\"", -1)).as("PaymentMethod's values are listed once").hasSize(2);
        assertThat(enumValues(schema("PaymentMethod"))).contains("CASH", "UPI", "CARD", "CREDIT");
        assertThat(schema("SalePayment").at("/properties/method/$ref").asString()).endsWith("/PaymentMethod");
        assertThat(schema("Tender").at("/properties/method/$ref").asString()).endsWith("/PaymentMethod");
        assertThat(schema("StaffResponse").at("/properties/permissions/items/$ref").asString()).endsWith("/Permission");
        JsonNode status = parameter(operation("/api/v1/sales", "get"), "status");
        assertThat(status.at("/schema/$ref").asString()).endsWith("/SaleStatus");
        document.path("components").path("schemas").properties().forEach(entry ->
                entry.getValue().path("properties").properties().forEach(property ->
                        assertThat(property.getValue().has("enum"))
                                .as("%s.%s has an inline enum", entry.getKey(), property.getKey()).isFalse()));
    }

    @Test
    void requiredAndNullableFieldsSayWhatTheServerSends() {
        JsonNode sale = schema("SaleResponse");
        assertThat(sale.path("required").valueStream().map(JsonNode::asString))
                .contains("id", "billNumber", "status", "totalAmount", "items").doesNotContain("customerId", "notes");
        assertThat(sale.at("/properties/customerId/nullable").asBoolean()).isTrue();
        assertThat(sale.at("/properties/totalAmount/nullable").asBoolean(false)).isFalse();
        JsonNode request = schema("SaleRequest");
        assertThat(request.path("required").valueStream().map(JsonNode::asString)).containsExactly("items");
    }

    @Test
    void theBoundsTheServerEnforcesAreDocumented() {
        JsonNode quantity = schema("SaleItem").at("/properties/quantity");
        assertThat(quantity.path("minimum").decimalValue()).isZero();
        assertThat(quantity.path("exclusiveMinimum").asBoolean()).isTrue();
        assertThat(schema("SaleRequest").at("/properties/items/minItems").asInt()).isEqualTo(1);
        assertThat(parameter(operation("/api/v1/sales/bill/{billNumber}", "get"), "billNumber")
                .at("/schema/maxLength").asInt()).isEqualTo(40);
        JsonNode listProducts = operation("/api/v1/products", "get");
        assertThat(parameter(listProducts, "limit").at("/schema/maximum").asInt()).isEqualTo(200);
        assertThat(parameter(listProducts, "page").at("/schema/minimum").asInt()).isEqualTo(1);
        assertThat(parameter(listProducts, "page").at("/schema/type").asString()).isEqualTo("integer");
        assertThat(enumValues(parameter(listProducts, "sortOrder").path("schema"))).containsExactly("asc", "desc");
        assertThat(enumValues(parameter(operation("/api/v1/analytics/revenue", "get"), "period").path("schema")))
                .containsExactly("7d", "month", "custom");
    }

    @Test
    void theTillsHeadersAreDocumentedWhereTheServerReadsThem() {
        JsonNode createSale = operation("/api/v1/sales", "post");
        assertThat(parameter(createSale, "X-Terminal-Id").isMissingNode()).isFalse();
        assertThat(parameter(createSale, "Idempotency-Key").isMissingNode()).isFalse();
        assertThat(parameter(operation("/api/v1/auth/pin-login", "post"), "X-Terminal-Id").path("required")
                .asBoolean()).isTrue();
    }

    @Test
    void anAuditEventsPayloadIsAnObject() {
        assertThat(schema("AuditEvent").at("/properties/payload/type").asString()).isEqualTo("object");
    }

    @Test
    void theLiveStreamsAreServerSentEventsWithTheirEventTypes() {
        JsonNode ok = operation("/api/v1/stream/dashboard", "get").at("/responses/200");
        assertThat(ok.path("content").propertyNames()).containsExactly("text/event-stream");
        assertThat(ok.path("description").asString()).contains("`dashboard`", "`alert`", "`approval-requested`");
        assertThat(operation("/api/v1/stream/sales", "get").at("/responses/200/content").propertyNames())
                .containsExactly("text/event-stream");
    }

    private void operations(BiConsumer<String, JsonNode> check) {
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue())));
    }

    private JsonNode operation(String path, String method) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as("%s %s", method, path).isFalse();
        return operation;
    }

    private JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    private JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if (name.equals(resolved.path("name").asString())) {
                return resolved;
            }
        }
        return document.path("no such parameter");
    }

    private JsonNode resolve(JsonNode node) {
        return ApiContract.resolve(document, node);
    }

    private static List<String> enumValues(JsonNode schema) {
        return schema.path("enum").valueStream().map(JsonNode::asString).toList();
    }
}
