package app.pos.api.support;

import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One signed-in user talking to the server over real HTTP: request building, JSON reading with exact
 * decimals (98.70 stays 98.70), problem+json assertions, and small builders for products, customers and bills.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final WebTestClient http;
    private final String token;

    public Api(WebTestClient http, String token) {
        this.http = http;
        this.token = token;
    }

    public static Api as(WebTestClient http, TestStore store, Role role) {
        return new Api(http, store.token(http, role));
    }

    public String token() {
        return token;
    }

    // ---------------------------------------------------------------- raw HTTP

    public Response get(String uri) {
        return send(HttpMethod.GET, uri, null, headers -> { });
    }

    public Response post(String uri, Object body) {
        return send(HttpMethod.POST, uri, body, headers -> { });
    }

    public Response post(String uri, Object body, String idempotencyKey) {
        return send(HttpMethod.POST, uri, body, headers -> headers.set("Idempotency-Key", idempotencyKey));
    }

    public Response put(String uri, Object body) {
        return send(HttpMethod.PUT, uri, body, headers -> { });
    }

    public Response delete(String uri) {
        return send(HttpMethod.DELETE, uri, null, headers -> { });
    }

    /** A String body is sent as written (for malformed JSON); anything else is encoded as JSON. */
    public Response send(HttpMethod method, String uri, Object body, Consumer<HttpHeaders> extraHeaders) {
        WebTestClient.RequestBodySpec request = http.method(method).uri(uri).headers(headers -> {
            if (token != null) {
                headers.setBearerAuth(token);
            }
            extraHeaders.accept(headers);
        });
        WebTestClient.RequestHeadersSpec<?> ready = request;
        if (body instanceof String text) {
            ready = request.contentType(MediaType.APPLICATION_JSON).bodyValue(text);
        } else if (body != null) {
            ready = request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        }
        EntityExchangeResult<byte[]> result = ready.exchange().expectBody(byte[].class).returnResult();
        byte[] bytes = result.getResponseBody();
        String raw = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        JsonNode json = parse(raw);
        ApiContract.check(http, method, uri, result.getStatus().value(), result.getResponseHeaders().getContentType(),
                json);
        return new Response(method + " " + uri, result.getStatus().value(), result.getResponseHeaders(), raw, json);
    }

    public static JsonNode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(raw);
        } catch (RuntimeException notJson) {
            return JSON.missingNode();
        }
    }

    // ---------------------------------------------------------------- builders

    public static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    public static Map<String, Object> productBody(String name, String price, int stock) {
        return map("name", name, "unit", "pcs", "price", dec(price), "stockQuantity", stock);
    }

    public static Map<String, Object> line(UUID productId, Object quantity) {
        return map("productId", productId, "quantity", quantity, "discount", BigDecimal.ZERO);
    }

    public static Map<String, Object> line(UUID productId, Object quantity, String discount) {
        return map("productId", productId, "quantity", quantity, "discount", dec(discount));
    }

    public static Map<String, Object> payment(String method, String amount) {
        return map("method", method, "amount", dec(amount));
    }

    /** A bill paid in cash with plenty handed over (the change comes back). */
    public static Map<String, Object> cashBill(Map<String, Object>... lines) {
        return map("items", List.of(lines), "paymentMethod", "CASH", "amountPaid", dec("100000.00"));
    }

    // ---------------------------------------------------------------- domain shortcuts

    public UUID createProduct(Map<String, Object> body) {
        return post("/api/v1/products", body).expect(201).id();
    }

    public UUID createProduct(String name, String price, int stock) {
        return createProduct(productBody(name, price, stock));
    }

    public UUID createCustomer(String name, String creditLimit) {
        return post("/api/v1/customers", map("name", name, "phone", "+91 98765 43210",
                "creditLimit", dec(creditLimit))).expect(201).id();
    }

    public Response sell(Map<String, Object> bill) {
        return post("/api/v1/sales", bill);
    }

    /** The stock the read side shows now. */
    public BigDecimal stock(UUID productId) {
        return get("/api/v1/products/" + productId).expect(200).decimal("/stockQuantity");
    }

    /** Waits until the read side shows this stock. */
    public void awaitStock(UUID productId, String expected) {
        Eventually.eventually(() -> assertThat(stock(productId)).isEqualByComparingTo(expected));
    }

    /**
     * The stock the command side holds (not the projection): a RESTOCK of 1 reports stockBefore, then an
     * ADJUSTMENT of -1 takes the unit back. Proves that refused commands left the aggregate untouched.
     */
    public BigDecimal commandSideStock(UUID productId) {
        BigDecimal before = post("/api/v1/products/" + productId + "/stock",
                map("type", "RESTOCK", "quantity", 1, "reason", "probe")).expect(200).decimal("/stockBefore");
        post("/api/v1/products/" + productId + "/stock",
                map("type", "ADJUSTMENT", "quantity", -1, "reason", "probe back")).expect(200);
        return before;
    }

    public List<JsonNode> movements(UUID productId) {
        return get("/api/v1/products/" + productId + "/stock-movements?limit=200").expect(200).items();
    }

    public BigDecimal creditBalance(UUID customerId) {
        return get("/api/v1/customers/" + customerId).expect(200).decimal("/creditBalance");
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- responses

    public record Response(String request, int status, HttpHeaders headers, String raw, JsonNode json) {

        public Response expect(int expected) {
            assertThat(status).as("status of %s, body %s", request, raw).isEqualTo(expected);
            return this;
        }

        /** An RFC 9457 problem with this status and code. */
        public Response problem(int expected, String code) {
            expect(expected);
            assertThat(headers.getContentType()).as("content type of %s", request).isNotNull();
            assertThat(headers.getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
                    .as("problem+json content type of %s, was %s", request, headers.getContentType()).isTrue();
            assertThat(text("/code")).as("code of %s, body %s", request, raw).isEqualTo(code);
            assertThat(json.at("/status").asInt()).isEqualTo(expected);
            return this;
        }

        public Response hasErrorOn(String field) {
            assertThat(json.at("/errors").has(field)).as("errors of %s name %s: %s", request, field, raw).isTrue();
            return this;
        }

        public JsonNode at(String pointer) {
            return json.at(pointer);
        }

        public String text(String pointer) {
            JsonNode node = json.at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        public BigDecimal decimal(String pointer) {
            JsonNode node = json.at(pointer);
            assertThat(node.isNumber()).as("%s is a number in %s", pointer, raw).isTrue();
            return node.decimalValue();
        }

        /** Exactly this money amount, with its two decimals as written on the wire. */
        public Response money(String pointer, String expected) {
            assertThat(decimal(pointer).toPlainString()).as("%s of %s", pointer, raw).isEqualTo(expected);
            return this;
        }

        public Response has(String pointer, String expected) {
            assertThat(text(pointer)).as("%s of %s", pointer, raw).isEqualTo(expected);
            return this;
        }

        public UUID id() {
            return UUID.fromString(text("/id"));
        }

        public List<JsonNode> items() {
            List<JsonNode> items = new ArrayList<>();
            json.at("/items").forEach(items::add);
            return items;
        }

        public List<String> itemTexts(String field) {
            return items().stream().map(item -> item.path(field).asString()).toList();
        }
    }
}
