package app.pos.api.replay;

import app.pos.api.support.Api;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Api.payment;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every projection rebuilt from the event store while the server runs: the tables come out identical,
 * row for row, the progress streams to the caller, and the live processor carries on where the rebuild
 * stopped.
 */
class ProjectionRebuildTest extends IntegrationTest {

    private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> PROGRESS =
            new ParameterizedTypeReference<>() {
            };

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processors;

    private TestStore store;
    private Api admin;
    private Api owner;
    private Api cashier;
    private UUID product;

    @BeforeEach
    void aStoreWithSomethingInEveryTable() {
        store = stores.open("500.00");
        admin = new Api(http, TestStores.platformAdminToken(http));
        owner = new Api(http, store.token(http, Role.OWNER));
        cashier = new Api(http, store.token(http, Role.CASHIER));
        product = owner.createProduct("Rebuilt Tea 250g", "120.00", 50);
        UUID customer = owner.createCustomer("Ravi", "2000.00");
        cashier.sell(cashBill(line(product, 2))).expect(201);
        cashier.sell(map("customerId", customer.toString(), "items", List.of(line(product, 1)),
                "payments", List.of(payment("CREDIT", "126.00")))).expect(201);
        UUID waiting = cashier.sell(cashBill(line(product, 10))).expect(202).id();
        owner.post("/api/v1/sales/" + waiting + "/approve", map("notes", "checked")).expect(200);
        cashier.post("/api/v1/credit/payments", map("customerId", customer.toString(), "amount", Api.dec("26.00"),
                "paymentMethod", "UPI")).expect(201);
        owner.post("/api/v1/terminals", map("terminalId", "till-rebuild", "name", "Rebuild till")).expect(201);
        UUID cashierId = UUID.fromString(cashier.get("/api/v1/auth/me").expect(200).text("/id"));
        owner.post("/api/v1/staff/" + cashierId + "/permissions", map("permission", "SALE_VOID", "action", "GRANT"))
                .expect(200);
    }

    @Test
    void rebuildingEveryProjectionLeavesEveryTableIdentical() {
        List<Map<String, Object>> projections = projections();
        assertThat(projections).extracting(p -> p.get("name"))
                .contains("products", "customers", "sales", "settings", "terminals", "users", "audit");
        awaitProjectionsCaughtUp();
        Map<String, String> before = checksums(projections);

        for (Map<String, Object> projection : projections) {
            String name = (String) projection.get("name");
            admin.post("/api/v1/projections/" + name + "/rebuild", Map.of()).expect(202).has("/projection", name);
            List<Map<String, Object>> progress = progressOf(name);
            Map<String, Object> last = progress.get(progress.size() - 1);
            assertThat(last.get("phase")).as(name + " " + last.get("error")).isEqualTo("DONE");
            assertThat(((Number) last.get("processed")).longValue()).isPositive()
                    .isEqualTo(((Number) last.get("total")).longValue());
            assertThat(admin.get("/api/v1/projections/" + name + "/rebuild").expect(200).text("/phase"))
                    .isEqualTo("DONE");
        }

        awaitProjectionsCaughtUp();
        assertThat(checksums(projections)).isEqualTo(before);
    }

    @Test
    void verifyingEveryProjectionFindsNoDifferenceAndChangesNothing() {
        awaitProjectionsCaughtUp();
        List<Map<String, Object>> projections = projections();
        Map<String, String> before = checksums(projections);

        for (Map<String, Object> projection : projections) {
            String name = (String) projection.get("name");
            admin.post("/api/v1/projections/" + name + "/verify", Map.of()).expect(202).has("/mode", "VERIFY");
            Map<String, Object> last = lastOf(progressOf(name, "verify"));
            assertThat(last.get("phase")).as(name + " " + last.get("error")).isEqualTo("DONE");
            assertThat(last.get("differences")).as(name).isEqualTo(zeroFor(projection));
        }

        awaitProjectionsCaughtUp();
        assertThat(checksums(projections)).isEqualTo(before);
    }

    @Test
    void verifyingFindsARowTheEventsDoNotExplain() {
        awaitProjectionsCaughtUp();
        jdbc.update("UPDATE product_view SET stock_quantity = stock_quantity + 1 WHERE id = ?", product);

        admin.post("/api/v1/projections/products/verify", Map.of()).expect(202);
        Map<String, Object> last = lastOf(progressOf("products", "verify"));

        assertThat(last.get("phase")).isEqualTo("DONE");
        assertThat(last.get("differences")).as("the changed row, and the row its events make")
                .isEqualTo(Map.of("product_view", 2, "stock_movement_view", 0));
        assertThat(admin.get("/api/v1/projections/products/verify").expect(200).text("/phase")).isEqualTo("DONE");
    }

    @Test
    void salesDuringARebuildReachTheRebuiltTablesAndReadsNeverStop() {
        admin.post("/api/v1/projections/products/rebuild", Map.of()).expect(202);
        cashier.sell(cashBill(line(product, 3))).expect(201);
        assertThat(owner.get("/api/v1/products/" + product).expect(200).decimal("/stockQuantity")).isNotNull();
        assertThat(progressOf("products")).last().extracting(p -> p.get("phase")).isEqualTo("DONE");
        owner.awaitStock(product, "34");
        cashier.sell(cashBill(line(product, 2))).expect(201);
        owner.awaitStock(product, "32");
        assertThat(owner.movements(product)).hasSize(6);
    }

    @Test
    void oneRebuildAtATimeAndOnlyForThoseAllowed() {
        admin.post("/api/v1/projections/audit/rebuild", Map.of()).expect(202);
        admin.post("/api/v1/projections/sales/rebuild", Map.of()).problem(409, "REBUILD_IN_PROGRESS");
        progressOf("audit");
        admin.post("/api/v1/projections/nothing/rebuild", Map.of()).problem(404, "PROJECTION_NOT_FOUND");
        cashier.post("/api/v1/projections/sales/rebuild", Map.of()).problem(403, "NOT_ALLOWED");
        new Api(http, store.token(http, Role.MANAGER)).get("/api/v1/projections").problem(403, "NOT_ALLOWED");
        // projections are shared by every business, so only the platform's admin pauses and rebuilds them
        owner.post("/api/v1/projections/sales/rebuild", Map.of()).problem(403, "NOT_ALLOWED");
    }

    private List<Map<String, Object>> projections() {
        return admin.get("/api/v1/projections").expect(200).json().valueStream()
                .map(node -> {
                    Map<String, Object> projection = new LinkedHashMap<>();
                    projection.put("name", node.path("name").asString());
                    projection.put("tables", node.path("tables").valueStream().map(t -> t.asString()).toList());
                    return projection;
                }).toList();
    }

    private List<Map<String, Object>> progressOf(String name) {
        return progressOf(name, "rebuild");
    }

    private List<Map<String, Object>> progressOf(String name, String run) {
        List<ServerSentEvent<Map<String, Object>>> events = http.get()
                .uri("/api/v1/projections/" + name + "/" + run + "/progress")
                .headers(headers -> headers.setBearerAuth(admin.token()))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isOk()
                .returnResult(PROGRESS).getResponseBody()
                .collectList().block(Duration.ofMinutes(2));
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.event()).isEqualTo("progress"));
        return events.stream().map(ServerSentEvent::data).toList();
    }

    /** The projections have processed every event in the store, so their tables hold still. */
    private void awaitProjectionsCaughtUp() {
        eventually(() -> {
            long head = eventStore.createHeadToken().position().orElse(-1);
            StreamingEventProcessor processor = processors.eventProcessor("projections", StreamingEventProcessor.class)
                    .orElseThrow();
            assertThat(processor.processingStatus().values()).isNotEmpty()
                    .allSatisfy(status -> assertThat(position(status)).isGreaterThanOrEqualTo(head));
        });
    }

    private static Map<String, Object> lastOf(List<Map<String, Object>> progress) {
        return progress.get(progress.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> zeroFor(Map<String, Object> projection) {
        Map<String, Object> zero = new LinkedHashMap<>();
        ((List<String>) projection.get("tables")).forEach(table -> zero.put(table, 0));
        return zero;
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }

    /** Each table's rows, in an order of their own, hashed: equal checksums mean equal tables. */
    @SuppressWarnings("unchecked")
    private Map<String, String> checksums(List<Map<String, Object>> projections) {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (Map<String, Object> projection : projections) {
            for (String table : (List<String>) projection.get("tables")) {
                List<String> rows = jdbc.query("SELECT * FROM " + table, (row, index) -> {
                    StringBuilder text = new StringBuilder();
                    for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                        text.append(row.getMetaData().getColumnName(column)).append('=')
                                .append(row.getString(column)).append('|');
                    }
                    return text.toString();
                }).stream().sorted().toList();
                assertThat(rows).as(table).isNotEmpty();
                checksums.put(table, sha256(String.join("\n", rows)));
            }
        }
        return checksums;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
