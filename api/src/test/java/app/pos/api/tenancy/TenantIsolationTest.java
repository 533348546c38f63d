package app.pos.api.tenancy;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Api.payment;
import static app.pos.api.support.Api.productBody;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another business's owner attacks every endpoint the OpenAPI document lists (A3). The route list is read
 * from /v3/api-docs, so a new endpoint is attacked as soon as it exists; one whose path parameter or body
 * this test does not know yet fails it until it is taught here.
 */
class TenantIsolationTest extends IntegrationTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String STRONG_PASSWORD = "Mango-Lassi-Till-42";

    private Victim victim;
    private Api attacker;

    /** Business A, with something behind every kind of id. */
    private record Victim(Api owner, UUID businessId, UUID product, String barcode, String productName,
                          UUID customer, UUID sale, String billNumber, UUID pendingSale, UUID cashier,
                          String terminal) {
    }

    @BeforeEach
    void twoBusinesses() {
        TestStore a = stores.open("1000.00");
        Api owner = new Api(http, a.token(http, Role.OWNER));
        Api cashier = new Api(http, a.token(http, Role.CASHIER));
        String name = "Victim Saffron " + UUID.randomUUID();
        String barcode = "89" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000_000L);
        Map<String, Object> saffron = productBody(name, "400.00", 50);
        saffron.put("barcode", barcode);
        UUID product = owner.createProduct(saffron);
        UUID customer = owner.createCustomer("Victim Customer", "5000.00");
        Response sale = cashier.sell(map("customerId", customer.toString(), "items", List.of(line(product, 1)),
                "payments", List.of(payment("CREDIT", "420.00")))).expect(201);
        UUID pending = cashier.sell(cashBill(line(product, 3))).expect(202).id();
        UUID cashierId = UUID.fromString(cashier.get("/api/v1/auth/me").expect(200).text("/id"));
        owner.post("/api/v1/terminals", map("terminalId", "victim-till", "name", "Victim till")).expect(201);
        victim = new Victim(owner, a.businessId(), product, barcode, name, customer, sale.id(),
                sale.text("/billNumber"), pending, cashierId, "victim-till");
        attacker = new Api(http, stores.open(null).token(http, Role.OWNER));
        eventually(() -> owner.get("/api/v1/sales/" + pending).expect(200));
    }

    @Test
    void everyEndpointAnswersAnotherBusinessesIdsWith404Or403() {
        String before = snapshotOfTheVictim();
        List<String> leaks = new ArrayList<>();
        operations().forEach((route) -> {
            if (!route.path().contains("{")) {
                return;
            }
            String uri = concrete(route.path());
            if (route.streams()) {
                int status = streamStatus(uri);
                if (status != 403 && status != 404) {
                    leaks.add("stream " + uri + " answered " + status);
                }
                return;
            }
            Response response = attacker.send(route.method(), uri, bodyFor(route),
                    headers -> headers.set("X-Terminal-Id", victim.terminal()));
            if (response.status() != 403 && response.status() != 404) {
                leaks.add(route.method() + " " + uri + " answered " + response.status() + " " + response.raw());
            }
        });
        assertThat(leaks).as("endpoints that did not refuse another business's ids").isEmpty();
        assertThat(snapshotOfTheVictim()).as("the victim's data after the attack").isEqualTo(before);
    }

    @Test
    void listsFeedsAndCommandsNeverReachAnotherBusinessesData() {
        String before = snapshotOfTheVictim();
        List<String> leaks = new ArrayList<>();
        operations().stream()
                .filter(route -> route.method() == HttpMethod.GET && !route.path().contains("{") && !route.streams())
                .forEach(route -> {
                    Response response = attacker.get(route.path());
                    if (response.status() < 300 && mentionsTheVictim(response.raw())) {
                        leaks.add("GET " + route.path() + " showed the victim's data");
                    }
                });
        assertThat(leaks).isEmpty();
        attacker.get("/api/v1/audit/events?aggregateId=" + victim.sale()).expect(200);
        assertThat(attacker.get("/api/v1/audit/events?aggregateId=" + victim.sale()).items()).isEmpty();
        assertThat(mentionsTheVictim(attacker.get("/api/v1/audit/events/export").raw())).isFalse();

        attacker.sell(cashBill(line(victim.product(), 1))).problem(404, "PRODUCT_NOT_FOUND");
        attacker.post("/api/v1/credit/payments", map("customerId", victim.customer().toString(),
                "amount", Api.dec("10.00"), "paymentMethod", "CASH")).problem(404, "CUSTOMER_NOT_FOUND");
        Response bulk = attacker.post("/api/v1/sales/approvals", map("saleIds", List.of(victim.pendingSale())));
        assertThat(bulk.raw()).doesNotContain("APPROVED\"").doesNotContain(victim.productName());
        assertThat(snapshotOfTheVictim()).isEqualTo(before);
    }

    /**
     * The analytics sum a business's trading over whole tables: the victim's reports show its product,
     * customer and udhaar, the same reports asked by the attacker never do, and a forecast for the
     * victim's product is a 404.
     */
    @Test
    void analyticsReportOnlyTheCallersOwnBusiness() {
        List<String> reports = List.of("top-products", "top-customers", "credit-aging");
        eventually(() -> reports.forEach(report -> assertThat(victim.owner().get("/api/v1/analytics/" + report)
                .expect(200).raw()).as("the victim's own " + report).satisfiesAnyOf(
                body -> assertThat(body).contains(victim.productName()),
                body -> assertThat(body).contains("Victim Customer"))));
        for (String report : reports) {
            assertThat(mentionsTheVictim(attacker.get("/api/v1/analytics/" + report).expect(200).raw())).isFalse();
        }
        assertThat(victim.owner().get("/api/v1/analytics/revenue").expect(200).decimal("/totals/revenue"))
                .isEqualByComparingTo("420.00");
        assertThat(attacker.get("/api/v1/analytics/revenue").expect(200).decimal("/totals/revenue")).isZero();
        attacker.get("/api/v1/analytics/forecasts?productId=" + victim.product()).problem(404, "PRODUCT_NOT_FOUND");
    }

    @Test
    void streamsNeverCarryAnotherBusinessesEvents() {
        List<String> received = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 3; i++) {
            victim.owner().sell(cashBill(line(victim.product(), 1))).expect(201);
        }
        Api.pause(500);
        // resuming from the very first push would replay the victim's pushes if the backlog leaked
        List<Disposable> subscriptions = Stream.of("/api/v1/stream/dashboard", "/api/v1/stream/sales")
                .map(path -> http.get().uri(path + "?access_token=" + attacker.token())
                        .header("Last-Event-ID", "0")
                        .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                        .returnResult(String.class).getResponseBody()
                        .subscribe(received::add))
                .toList();
        try {
            for (int i = 0; i < 3; i++) {
                victim.owner().sell(cashBill(line(victim.product(), 1))).expect(201);
            }
            UUID ownTea = attacker.createProduct("Attacker Tea", "50.00", 10);
            String ownBill = attacker.sell(cashBill(line(ownTea, 1))).expect(201).text("/billNumber");
            eventually(() -> assertThat(received)
                    .anyMatch(data -> data.contains("\"billsCount\":1"))
                    .anyMatch(data -> data.contains(ownBill)));
            Api.pause(500);
            assertThat(received).noneMatch(this::mentionsTheVictim)
                    .noneMatch(data -> data.contains("\"billsCount\":2") || data.contains("\"billsCount\":3"))
                    .filteredOn(data -> data.contains("billNumber")).hasSize(1);
        } finally {
            subscriptions.forEach(Disposable::dispose);
        }
    }

    private record Route(HttpMethod method, String path, boolean hasBody, boolean streams) {
    }

    private List<Route> operations() {
        JsonNode paths = Api.parse(attacker.get("/v3/api-docs").expect(200).raw()).get("paths");
        List<Route> routes = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode details = operation.getValue();
            boolean streams = details.at("/responses/200/content").has(MediaType.TEXT_EVENT_STREAM_VALUE);
            routes.add(new Route(HttpMethod.valueOf(operation.getKey().toUpperCase()), path.getKey(),
                    details.has("requestBody"), streams));
        }));
        assertThat(routes).hasSizeGreaterThan(40);
        return routes;
    }

    private String concrete(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder uri = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(uri, idFor(template, parameter.group(1)));
        }
        return parameter.appendTail(uri).toString();
    }

    /** Which of the victim's ids an attacker would put in each path. */
    private String idFor(String template, String parameter) {
        String path = template.replace("/api/v1/audit", "/api/v1");
        String id = switch (parameter) {
            case "code" -> victim.barcode();
            case "billNumber" -> victim.billNumber();
            case "terminalId" -> victim.terminal();
            case "name" -> "sales";
            case "id" -> path.startsWith("/api/v1/products") ? victim.product().toString()
                    : path.startsWith("/api/v1/customers") ? victim.customer().toString()
                    : path.startsWith("/api/v1/sales") ? (template.endsWith("/approve") || template.endsWith("/reject")
                    || template.endsWith("/submit") || template.equals("/api/v1/sales/{id}") ? victim.pendingSale()
                    : victim.sale()).toString()
                    : path.startsWith("/api/v1/staff") ? victim.cashier().toString()
                    : path.startsWith("/api/v1/businesses") ? victim.businessId().toString()
                    : null;
            default -> null;
        };
        assertThat(id).as("no victim id known for {%s} in %s: teach TenantIsolationTest", parameter, template)
                .isNotNull();
        return id;
    }

    /** A body that would be accepted if the id were the caller's own, so only the tenancy check can refuse it. */
    private Object bodyFor(Route route) {
        if (!route.hasBody()) {
            return null;
        }
        Object body = switch (route.method() + " " + route.path()) {
            case "PUT /api/v1/products/{id}" -> productBody("Hijacked", "1.00", 1);
            case "POST /api/v1/products/{id}/stock" -> map("type", "ADJUSTMENT", "quantity", -50, "reason", "theft");
            case "PUT /api/v1/customers/{id}" -> map("name", "Hijacked", "phone", "+91 90000 00000",
                    "creditLimit", Api.dec("999999.00"));
            case "PUT /api/v1/sales/{id}" -> cashBill(line(victim.product(), 1));
            case "POST /api/v1/sales/{id}/approve", "POST /api/v1/sales/{id}/reject" -> map("notes", "mine now");
            case "PUT /api/v1/staff/{id}" -> map("email", "hijacked-" + UUID.randomUUID() + "@test.local",
                    "fullName", "Hijacked");
            case "PUT /api/v1/staff/{id}/role" -> map("role", "VIEWER");
            case "POST /api/v1/staff/{id}/password" -> map("password", STRONG_PASSWORD);
            case "POST /api/v1/staff/{id}/pin" -> map("pin", "4071");
            case "POST /api/v1/staff/{id}/permissions" -> map("permission", "SALE_VOID", "action", "REVOKE");
            case "POST /api/v1/projections/{name}/rebuild" -> map();
            default -> null;
        };
        assertThat(body).as("no attack body known for %s %s: teach TenantIsolationTest", route.method(),
                route.path()).isNotNull();
        return body;
    }

    private int streamStatus(String uri) {
        var result = http.mutate().responseTimeout(Duration.ofSeconds(5)).build()
                .get().uri(uri + "?access_token=" + attacker.token()).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().returnResult(String.class);
        result.getResponseBody().subscribe().dispose();
        return result.getStatus().value();
    }

    private boolean mentionsTheVictim(String body) {
        return body.contains(victim.productName()) || body.contains(victim.product().toString())
                || body.contains(victim.customer().toString()) || body.contains(victim.sale().toString())
                || body.contains(victim.businessId().toString()) || body.contains(victim.cashier().toString())
                || body.contains("Victim Customer") || body.contains("victim-till");
    }

    /** What the victim's owner sees of everything the attack aimed at. */
    private String snapshotOfTheVictim() {
        Api owner = victim.owner();
        return String.join("\n",
                owner.get("/api/v1/products/" + victim.product()).expect(200).raw()
                        .replaceAll("\"updatedAt\":\"[^\"]*\"", ""),
                owner.get("/api/v1/customers/" + victim.customer()).expect(200).raw(),
                owner.get("/api/v1/sales/" + victim.sale()).expect(200).text("/status"),
                owner.get("/api/v1/sales/" + victim.pendingSale()).expect(200).text("/status"),
                owner.get("/api/v1/staff/" + victim.cashier()).expect(200).raw(),
                owner.get("/api/v1/terminals").expect(200).raw(),
                owner.get("/api/v1/settings").expect(200).raw(),
                String.valueOf(owner.commandSideStock(victim.product())));
    }
}
