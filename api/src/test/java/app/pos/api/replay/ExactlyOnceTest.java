package app.pos.api.replay;

import app.pos.api.support.Api;
import app.pos.api.support.IntegrationTest;
import app.pos.kernel.identity.Role;
import app.pos.query.shared.Projections;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event reaches the query tables exactly once. A batch whose handling fails, or fails as it commits
 * after its rows were written, leaves neither rows nor the processor's position behind; the processor takes
 * the batch again and applies each of its events once. A sale's events may be split between batches, so what
 * is looked at is the failing event itself: a movement of one product of the sale.
 */
class ExactlyOnceTest extends IntegrationTest {

    private static final FailingOnce.Plan failing = FailingOnce.PLAN;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Serializer serializer;

    private Api cashier;
    private List<UUID> products;
    private UUID failingProduct;

    @BeforeEach
    void aStoreWithThreeProducts() {
        var store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        cashier = Api.as(http, store, Role.CASHIER);
        products = List.of(owner.createProduct("Tea", "100.00", 50), owner.createProduct("Sugar", "40.00", 50),
                owner.createProduct("Rice", "60.00", 50));
        failingProduct = products.get(1);
        products.forEach(product -> owner.awaitStock(product, "50"));
    }

    @Test
    void aHandlerFailingMidBatchLeavesNoRowAndNoPositionAndTheRetryAppliesEachEventOnce() {
        UUID sale = UUID.randomUUID();
        failing.failOn(sale, failingProduct, false);

        sellOneOfEach(sale);

        assertNothingOfTheFailingEventCommittedWhileItsBatchIsTakenAgain();
        assertTheSaleAppliedOnce(sale);
    }

    @Test
    void aBatchFailingAsItCommitsTakesBackTheRowsItHadWritten() {
        UUID sale = UUID.randomUUID();
        failing.failOn(sale, failingProduct, true);

        sellOneOfEach(sale);

        assertNothingOfTheFailingEventCommittedWhileItsBatchIsTakenAgain();
        assertThat(failing.movementRowsInsideTheFailedTransaction.get())
                .as("the movement's row had been written in the transaction that then failed").isEqualTo(1);
        assertTheSaleAppliedOnce(sale);
    }

    private void sellOneOfEach(UUID sale) {
        cashier.sell(map("id", sale.toString(), "items", products.stream().map(product -> line(product, 1)).toList(),
                "paymentMethod", "CASH", "amountPaid", Api.dec("500.00"))).expect(201);
    }

    /** The retry is held at the failing event until this has looked at what is committed. */
    private void assertNothingOfTheFailingEventCommittedWhileItsBatchIsTakenAgain() {
        try {
            assertThat(failing.retrying.await(30, TimeUnit.SECONDS)).as("the batch is taken again").isTrue();
            StoredEvent movement = lastMovementOf(failingProduct);
            assertThat(rows("SELECT COUNT(*) FROM stock_movement_view WHERE id = ?", movement.id())).isZero();
            assertThat(rows("SELECT COUNT(*) FROM audit_event WHERE event_id = ?", movement.id().toString())).isZero();
            assertThat(jdbc.queryForObject("SELECT stock_quantity FROM product_view WHERE id = ?", BigDecimal.class,
                    failingProduct)).isEqualByComparingTo("50");
            assertThat(storedPosition()).as("the processor's stored position is still before the failing event")
                    .isLessThan(movement.globalIndex());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            failing.checked.countDown();
        }
    }

    private void assertTheSaleAppliedOnce(UUID sale) {
        eventually(() -> assertThat(rows("SELECT COUNT(*) FROM stock_movement_view WHERE reference_id = ?", sale))
                .isEqualTo(3));
        assertThat(jdbc.queryForList("SELECT product_id FROM stock_movement_view WHERE reference_id = ?", UUID.class,
                sale)).as("one movement of each product").containsExactlyInAnyOrderElementsOf(products);
        assertThat(rows("SELECT COUNT(*) FROM sale_view WHERE id = ?", sale)).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM sale_line_view WHERE sale_id = ?", sale)).isEqualTo(3);
        assertThat(rows("SELECT COUNT(*) FROM audit_event WHERE correlation_id = "
                + "(SELECT correlation_id FROM audit_event WHERE aggregate_id = ?)", sale.toString()))
                .as("the sale's four events in the audit trail, each once").isEqualTo(4);
        for (UUID product : products) {
            cashier.awaitStock(product, "49");
        }
        assertThat(failing.attempts.get()).as("the failing event was handled twice, once per attempt").isEqualTo(2);
        assertThat(storedPosition()).isGreaterThanOrEqualTo(lastMovementOf(failingProduct).globalIndex());
    }

    private StoredEvent lastMovementOf(UUID product) {
        return jdbc.queryForObject("SELECT globalindex, eventidentifier FROM domainevententry "
                        + "WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1",
                (row, n) -> new StoredEvent(row.getLong(1), UUID.fromString(row.getString(2))), product.toString());
    }

    private record StoredEvent(long globalIndex, UUID id) {
    }

    private long rows(String sql, Object argument) {
        return jdbc.queryForObject(sql, Long.class, argument);
    }

    private long firstEventOf(UUID sale) {
        return jdbc.queryForObject("SELECT MIN(globalindex) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, sale.toString());
    }

    /**
     * The position the processor has committed, read as any reader sees it: a batch in progress has taken
     * the row for itself from its start, so asking the token store would wait for it.
     */
    private long storedPosition() {
        return jdbc.query("SELECT token, tokentype FROM tokenentry WHERE processorname = ? AND segment = 0",
                        (row, n) -> serializer.<byte[], TrackingToken>deserialize(new SimpleSerializedObject<>(
                                row.getBytes("token"), byte[].class, row.getString("tokentype"), null)),
                        Projections.GROUP).stream()
                .findFirst().flatMap(token -> token.position().stream().boxed().findFirst()).orElse(-1L);
    }
}
