package app.pos.api.audit;

import app.pos.api.support.Api;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail as an auditor reads it: who did what, from which till, in order, and only their own business. */
class AuditTrailTest extends IntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TransactionManager transactions;
    @Autowired
    private JdbcTemplate jdbc;

    private TestStore store;
    private Api owner;
    private UUID product;
    private UUID sale;

    @BeforeEach
    void aSaleRungUpAtATill() {
        store = stores.open(null);
        owner = new Api(http, store.token(http, Role.OWNER));
        Api cashier = new Api(http, store.token(http, Role.CASHIER));
        product = owner.createProduct("Audited Soap", "30.00", 10);
        sale = cashier.send(org.springframework.http.HttpMethod.POST, "/api/v1/sales",
                Map.of("items", List.of(Map.of("productId", product.toString(), "quantity", 2)),
                        "paymentMethod", "CASH", "amountPaid", "63.00"),
                headers -> headers.set("X-Terminal-Id", "till-7")).expect(201).id();
    }

    @Test
    void everyEventSaysWhoDidItFromWhichTillAndInAnswerToWhichRequest() {
        eventually(() -> {
            List<JsonNode> completed = owner.get("/api/v1/audit/events?type=SaleCompleted").expect(200).items();
            assertThat(completed).hasSize(1);
            JsonNode event = completed.get(0);
            assertThat(event.path("aggregateType").asString()).isEqualTo("Sale");
            assertThat(event.path("aggregateId").asString()).isEqualTo(sale.toString());
            assertThat(event.at("/payload/bill/totalAmount").decimalValue()).isEqualByComparingTo("63.00");
            assertThat(event.at("/metadata/role").asString()).isEqualTo("CASHIER");
            assertThat(event.at("/metadata/terminalId").asString()).isEqualTo("till-7");
            assertThat(event.at("/metadata/businessId").asString()).isEqualTo(store.businessId().toString());
            assertThat(event.at("/metadata/correlationId").asString()).isNotBlank();
            assertThat(event.at("/metadata/requestId").asString()).isNotBlank();
        });
    }

    /**
     * An event that commits after a later one was already read fills a gap in the event store's order: its
     * row carries its own position, not that of the later event it was read after, so the cursor never
     * sees two events at one position and skips neither.
     */
    @Test
    void anEventCommittedLateKeepsItsOwnPositionInTheTrail() throws Exception {
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch laterOneProcessed = new CountDownLatch(1);
        String late = "late " + UUID.randomUUID();
        CompletableFuture<Void> slowCommit = CompletableFuture.runAsync(() -> {
            DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
            unit.attachTransaction(transactions);
            eventStore.publish(GenericEventMessage.asEventMessage(late));
            unit.onPrepareCommit(appending -> {
                appended.countDown();
                await(laterOneProcessed);
            });
            unit.commit();
        });
        assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
        UUID later = owner.createProduct("Committed First", "10.00", 1);
        owner.awaitStock(later, "1");
        laterOneProcessed.countDown();
        slowCommit.get(10, TimeUnit.SECONDS);

        eventually(() -> assertThat(jdbc.queryForList("SELECT a.global_index - e.globalindex FROM audit_event a "
                        + "JOIN domainevententry e ON e.eventidentifier = a.event_id WHERE a.payload LIKE ?",
                Long.class, "%" + late + "%")).containsExactly(0L));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event a JOIN domainevententry e "
                + "ON e.eventidentifier = a.event_id WHERE a.global_index <> e.globalindex", Long.class)).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theCursorWalksTheWholeTrailInOrderWithoutRepeats() {
        eventually(() -> assertThat(owner.get("/api/v1/audit/events?type=SaleCompleted").expect(200).items())
                .hasSize(1));
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = owner.get("/api/v1/audit/events?limit=3" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200);
            page.items().forEach(event -> seen.add(event.path("globalIndex").asLong()));
            cursor = page.at("/nextCursor").isNull() || page.at("/nextCursor").isMissingNode()
                    ? null : page.at("/nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).isSorted().doesNotHaveDuplicates();
        long all = owner.get("/api/v1/audit/events?limit=500").expect(200).items().size();
        assertThat(seen).hasSize((int) all);
    }

    @Test
    void aProductsHistoryHoldsItsCreationAndEveryStockMovement() {
        eventually(() -> assertThat(owner.get("/api/v1/products/" + product + "/history").expect(200)
                .itemTexts("type")).containsExactly("ProductCreated", "StockMoved", "StockMoved"));
        assertThat(owner.get("/api/v1/sales/" + sale + "/history").expect(200).itemTexts("type"))
                .containsExactly("SaleCompleted");
    }

    @Test
    void theExportStreamsTheSameEventsAsNdjsonAndCsv() {
        eventually(() -> assertThat(owner.get("/api/v1/audit/events?type=SaleCompleted").expect(200).items())
                .hasSize(1));
        int total = owner.get("/api/v1/audit/events?limit=500").expect(200).items().size();
        String ndjson = owner.get("/api/v1/audit/events/export?format=ndjson").expect(200).raw();
        assertThat(ndjson.lines().map(Api::parse).map(line -> line.path("eventId").asString()))
                .hasSize(total).doesNotHaveDuplicates();
        String csv = owner.get("/api/v1/audit/events/export?format=csv&type=SaleCompleted").expect(200).raw();
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("globalIndex,eventId,type");
        assertThat(csv).contains("\"" + sale + "\"").contains("\"till-7\"");
    }

    @Test
    void anotherBusinessSeesNoneOfItAndGets404ForItsEntities() {
        eventually(() -> assertThat(owner.get("/api/v1/audit/events?type=SaleCompleted").expect(200).items())
                .hasSize(1));
        Api stranger = new Api(http, stores.open(null).token(http, Role.OWNER));
        assertThat(stranger.get("/api/v1/audit/events?limit=500").expect(200).itemTexts("aggregateId"))
                .doesNotContain(sale.toString(), product.toString());
        assertThat(stranger.get("/api/v1/audit/events?aggregateId=" + sale).expect(200).items()).isEmpty();
        stranger.get("/api/v1/sales/" + sale + "/history").problem(404, "SALE_NOT_FOUND");
        stranger.get("/api/v1/products/" + product + "/history").problem(404, "PRODUCT_NOT_FOUND");
        assertThat(stranger.get("/api/v1/audit/events/export?format=ndjson").expect(200).raw())
                .doesNotContain(sale.toString());
    }

    @Test
    void cashiersDoNotReadTheAuditTrailAndBadCursorsAre400() {
        new Api(http, store.token(http, Role.CASHIER)).get("/api/v1/audit/events").problem(403, "NOT_ALLOWED");
        owner.get("/api/v1/audit/events?cursor=not-ours").problem(400, "INVALID_PARAMETER");
        owner.get("/api/v1/audit/events/export?format=xml").problem(400, "INVALID_PARAMETER");
    }
}
