package app.pos.api.audit;

import app.pos.api.support.Api;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence, tested the way an attacker with database access would try: edit a stored event's
 * payload, or delete a stored event, and the verifier names it. Each test puts the row back afterwards.
 */
class EventChainTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Environment environment;

    private Api owner;
    private UUID productId;

    @BeforeEach
    void storeWithAProduct() {
        TestStore store = stores.open(null);
        owner = new Api(http, store.token(http, Role.OWNER));
        productId = owner.createProduct(Map.of("name", "Chained Tea", "unit", "pcs", "price", "10.00",
                "stockQuantity", 5));
    }

    @Test
    void everyStoredEventIsLinkedAndTheChainHolds() {
        eventually(() -> {
            JsonNode report = verify();
            assertThat(report.path("intact").asBoolean()).isTrue();
            assertThat(report.path("unchainedEvents").asLong()).isZero();
            assertThat(report.path("linksChecked").asLong()).isPositive();
        });
    }

    @Test
    void editingAStoredEventsPayloadIsNamedByTheVerifier() {
        long index = chainedEventOf(productId);
        byte[] original = jdbc.queryForObject("SELECT payload FROM domainevententry WHERE globalindex = ?",
                byte[].class, index);
        String eventId = jdbc.queryForObject("SELECT eventidentifier FROM domainevententry WHERE globalindex = ?",
                String.class, index);
        try {
            byte[] edited = new String(original).replace("Chained Tea", "Chained Tee").getBytes();
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", edited, index);
            JsonNode report = verify();
            assertThat(report.path("intact").asBoolean()).isFalse();
            assertThat(report.at("/firstBroken/problem").asString()).isEqualTo("TAMPERED");
            assertThat(report.at("/firstBroken/eventIdentifier").asString()).isEqualTo(eventId);
            assertThat(report.at("/firstBroken/globalIndex").asLong()).isEqualTo(index);
        } finally {
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", original, index);
        }
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    void deletingAStoredEventIsNoticedAsAGap() {
        long index = chainedEventOf(productId);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domainevententry WHERE globalindex = ?", index);
        try {
            jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", index);
            JsonNode report = verify();
            assertThat(report.path("intact").asBoolean()).isFalse();
            assertThat(report.at("/firstBroken/problem").asString()).isEqualTo("MISSING");
            assertThat(report.at("/firstBroken/globalIndex").asLong()).isEqualTo(index);
        } finally {
            jdbc.update("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, "
                            + "eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("globalindex"),
                    row.get("aggregateidentifier"), row.get("sequencenumber"), row.get("type"),
                    row.get("eventidentifier"), row.get("metadata"), row.get("payload"), row.get("payloadrevision"),
                    row.get("payloadtype"), row.get("timestamp"));
        }
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    void theCommandLineVerifierExitsZeroWhenTheChainHolds() {
        eventually(() -> assertThat(verify().path("unchainedEvents").asLong()).isZero());
        int exit = VerifyChainCommand.run(new String[]{VerifyChainCommand.FLAG,
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", "")});
        assertThat(exit).isZero();
    }

    @Test
    void onlyThoseWhoMayAuditVerify() {
        TestStore store = stores.open(null);
        new Api(http, store.token(http, Role.CASHIER)).get("/api/v1/audit/verify").problem(403, "NOT_ALLOWED");
        // the chain spans every business, so a business's own owner and auditor may not walk it
        new Api(http, store.token(http, Role.OWNER)).get("/api/v1/audit/verify").problem(403, "NOT_ALLOWED");
        new Api(http, store.token(http, Role.AUDITOR)).get("/api/v1/audit/verify").problem(403, "NOT_ALLOWED");
    }

    /** The global index of the product's creation event, once the chain has linked it. */
    private long chainedEventOf(UUID product) {
        long index = jdbc.queryForObject("SELECT MIN(globalindex) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, product.toString());
        eventually(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_chain WHERE global_index = ?", Long.class, index)).isEqualTo(1));
        return index;
    }

    private JsonNode verify() {
        return new Api(http, TestStores.platformAdminToken(http)).get("/api/v1/audit/verify").expect(200).json();
    }
}
