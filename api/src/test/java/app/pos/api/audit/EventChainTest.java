package app.pos.api.audit;

import app.pos.api.support.Api;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores;
import app.pos.api.support.TestStores.TestStore;
import app.pos.command.audit.EventChainWriter;
import app.pos.kernel.identity.Role;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.line;
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
    @Autowired
    private EventProcessingConfiguration processors;
    @Autowired
    private EventChainWriter chainWriter;
    @Autowired
    private TransactionManager transactions;

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
    void eventsTakenInOneBatchAreLinkedOneAfterAnotherInTheOrderTheProcessorSawThem() {
        List<String> stored = whileTheChainIsStopped(() -> {
            owner.sell(cashBill(line(productId, 1))).expect(201);
            owner.sell(cashBill(line(productId, 2))).expect(201);
            return unlinked();
        });
        assertThat(stored).hasSizeGreaterThanOrEqualTo(4);
        eventually(() -> assertThat(linksOf(stored)).doesNotContainNull());
        assertThat(linksOf(stored)).isEqualTo(consecutiveFrom(linksOf(stored).get(0), stored.size()));
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aBatchTakenAgainAfterItFailedLinksEachEventOnce() {
        List<String> sale = whileTheChainIsStopped(() -> {
            owner.sell(cashBill(line(productId, 1))).expect(201);
            // the processor can hand a late event over after ones stored after it: the chain keeps its order
            List<String> handedOver = new ArrayList<>(unlinked());
            Collections.reverse(handedOver);

            assertThat(linkAsOneBatch(handedOver, true).isExceptional()).isTrue();
            assertThat(linksOf(handedOver)).containsOnlyNulls();

            assertThat(linkAsOneBatch(handedOver, false).isExceptional()).isFalse();
            List<Long> links = linksOf(handedOver);
            assertThat(links).isEqualTo(consecutiveFrom(links.get(0), handedOver.size()));

            assertThat(linkAsOneBatch(handedOver, false).isExceptional()).isFalse();
            assertThat(linksOf(handedOver)).isEqualTo(links);
            return handedOver;
        });
        assertThat(sale).hasSizeGreaterThan(1);
        eventually(() -> assertThat(unlinked()).isEmpty());
        assertThat(verify().path("intact").asBoolean()).isTrue();
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

    /**
     * Stops the chain's processor once it has linked everything, does the work, and starts it again, so
     * that what the work stores waits to be taken in one batch.
     */
    private <T> T whileTheChainIsStopped(Supplier<T> work) {
        eventually(() -> assertThat(unlinked()).isEmpty());
        TrackingEventProcessor processor = processors.eventProcessor("event-chain", TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        try {
            return work.get();
        } finally {
            processor.start();
        }
    }

    /** Identifiers of stored events not linked yet, in the store's order. */
    private List<String> unlinked() {
        return jdbc.queryForList("SELECT eventidentifier FROM domainevententry e WHERE NOT EXISTS "
                + "(SELECT 1 FROM event_chain c WHERE c.event_identifier = e.eventidentifier) ORDER BY globalindex",
                String.class);
    }

    /** Each event's link number, null where it is not linked. */
    private List<Long> linksOf(List<String> eventIdentifiers) {
        return eventIdentifiers.stream().map(identifier -> jdbc.queryForList(
                "SELECT link_no FROM event_chain WHERE event_identifier = ?", Long.class, identifier)
                .stream().findFirst().orElse(null)).toList();
    }

    private static List<Long> consecutiveFrom(long first, int count) {
        return LongStream.range(first, first + count).boxed().toList();
    }

    /**
     * Hands the events to the chain writer as its processor would: one batching unit of work in one
     * transaction. When {@code failing}, the batch fails once the writer has linked it, and its links
     * must go with it.
     */
    private ResultMessage<Object> linkAsOneBatch(List<String> eventIdentifiers, boolean failing) {
        List<EventMessage<?>> events = eventIdentifiers.stream()
                .<EventMessage<?>>map(identifier -> new GenericEventMessage<>(identifier, "stored", Map.of(),
                        Instant.now()))
                .toList();
        AnnotationEventHandlerAdapter writer = new AnnotationEventHandlerAdapter(chainWriter);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        batch.attachTransaction(transactions);
        return batch.executeWithResult(() -> {
            writer.handle(batch.getMessage());
            if (failing && batch.isLastMessage()) {
                batch.onPrepareCommit(committing -> {
                    throw new IllegalStateException("the batch fails after the writer linked it");
                });
            }
            return null;
        });
    }

    private JsonNode verify() {
        return new Api(http, TestStores.platformAdminToken(http)).get("/api/v1/audit/verify").expect(200).json();
    }
}
