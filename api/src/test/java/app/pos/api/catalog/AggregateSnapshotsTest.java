package app.pos.api.catalog;

import app.pos.api.support.Api;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static app.pos.api.support.Api.dec;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Api.payment;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Products and customers are stored as snapshots once loading them takes enough events (5 in the tests),
 * and one loaded from its snapshot decides exactly as one that replayed its whole history.
 */
class AggregateSnapshotsTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Cache aggregateCache;

    private Api owner;
    private Api cashier;

    @BeforeEach
    void aStore() {
        TestStore store = stores.open(null);
        owner = Api.as(http, store, Role.OWNER);
        cashier = Api.as(http, store, Role.CASHIER);
    }

    @Test
    void aProductLoadedFromItsSnapshotHasItsStockAndSellsOn() {
        UUID rice = owner.createProduct("Rice 1kg", "60.00", 100);
        for (int bill = 0; bill < 12; bill++) {
            cashier.sell(Api.cashBill(line(rice, 1))).expect(201);
        }
        eventually(() -> assertThat(snapshotsOf(rice)).isPositive());

        aggregateCache.removeAll();

        assertThat(owner.commandSideStock(rice)).isEqualByComparingTo("88");
        cashier.sell(Api.cashBill(line(rice, 88))).expect(201);
        cashier.sell(Api.cashBill(line(rice, 1))).problem(409, "INSUFFICIENT_STOCK");
        owner.awaitStock(rice, "0");
    }

    @Test
    void aCustomerLoadedFromTheirSnapshotOwesWhatTheyOweAndARetriedPaymentIsRecordedOnce() {
        UUID cooker = owner.createProduct("Cooker", "400.00", 5);
        UUID customer = owner.createCustomer("Lakshmi", "1000.00");
        cashier.sell(map("customerId", customer, "items", List.of(line(cooker, 1)),
                "payments", List.of(payment("CREDIT", "420.00")))).expect(201);
        UUID firstPayment = UUID.randomUUID();
        pay(customer, firstPayment, "20.00").expect(201).money("/customer/creditBalance", "400.00");
        for (int i = 0; i < 6; i++) {
            pay(customer, UUID.randomUUID(), "10.00").expect(201);
        }
        eventually(() -> assertThat(snapshotsOf(customer)).isPositive());

        aggregateCache.removeAll();

        pay(customer, firstPayment, "20.00").expect(201).money("/transaction/balanceAfter", "400.00");
        pay(customer, UUID.randomUUID(), "340.01").problem(409, "PAYMENT_EXCEEDS_CREDIT_BALANCE");
        pay(customer, UUID.randomUUID(), "340.00").expect(201).money("/customer/creditBalance", "0.00");
    }

    private Api.Response pay(UUID customer, UUID paymentId, String amount) {
        return cashier.post("/api/v1/credit/payments", map("id", paymentId, "customerId", customer,
                "amount", dec(amount), "paymentMethod", "CASH"));
    }

    private long snapshotsOf(UUID aggregate) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?",
                Long.class, aggregate.toString());
        return count == null ? 0 : count;
    }
}
