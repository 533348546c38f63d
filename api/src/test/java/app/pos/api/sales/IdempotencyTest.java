package app.pos.api.sales;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.dec;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Api.payment;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyTest extends IntegrationTest {

    private Api owner;
    private Api cashier;

    @BeforeEach
    void openStore() {
        TestStore store = stores.open(null);
        owner = Api.as(http, store, Role.OWNER);
        cashier = Api.as(http, store, Role.CASHIER);
    }

    private long saleMovements(UUID productId) {
        return owner.movements(productId).stream()
                .filter(m -> m.path("movementType").asString().equals("SALE")).count();
    }

    @Test
    void theSameIdempotencyKeyTwiceSellsOnceAndAnswersTheSameBill() {
        UUID p = owner.createProduct("Biscuits", "10.00", 10);
        String key = UUID.randomUUID().toString();
        Response first = cashier.post("/api/v1/sales", cashBill(line(p, 3)), key).expect(201);
        Response second = cashier.post("/api/v1/sales", cashBill(line(p, 3)), key).expect(201);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.text("/billNumber")).isEqualTo(first.text("/billNumber"));
        second.money("/totalAmount", "31.50");
        owner.awaitStock(p, "7");
        assertThat(owner.commandSideStock(p)).isEqualByComparingTo("7");
        eventually(() -> assertThat(saleMovements(p)).isEqualTo(1));
        eventually(() -> assertThat(owner.get("/api/v1/sales").expect(200).items()).hasSize(1));
    }

    @Test
    void aClientChosenSaleIdRepeatedSellsOnce() {
        UUID p = owner.createProduct("Chips", "20.00", 10);
        UUID id = UUID.randomUUID();
        Map<String, Object> bill = cashBill(line(p, 2));
        bill.put("id", id);
        Response first = cashier.sell(bill).expect(201);
        Response second = cashier.sell(bill).expect(201);
        assertThat(first.id()).isEqualTo(id);
        assertThat(second.id()).isEqualTo(id);
        assertThat(second.text("/billNumber")).isEqualTo(first.text("/billNumber"));
        assertThat(owner.commandSideStock(p)).isEqualByComparingTo("8");
        eventually(() -> assertThat(saleMovements(p)).isEqualTo(1));
    }

    @Test
    void theSameIdempotencyKeyTwiceOnACreditPaymentReducesTheBalanceOnce() {
        UUID p = owner.createProduct("Sack", "1000.00", 10);
        UUID customer = owner.createCustomer("Gopal", "5000.00");
        cashier.sell(map("customerId", customer, "items", List.of(line(p, 1)),
                "payments", List.of(payment("CREDIT", "1050.00")))).expect(201);
        String key = UUID.randomUUID().toString();
        Map<String, Object> pay = map("customerId", customer, "amount", dec("300.00"), "paymentMethod", "UPI");

        Response first = cashier.post("/api/v1/credit/payments", pay, key).expect(201);
        Response second = cashier.post("/api/v1/credit/payments", pay, key).expect(201);
        assertThat(second.text("/transaction/id")).isEqualTo(first.text("/transaction/id"));
        second.money("/transaction/balanceAfter", "750.00").money("/customer/creditBalance", "750.00");

        eventually(() -> assertThat(owner.creditBalance(customer)).isEqualByComparingTo("750.00"));
        Api.pause(300);
        assertThat(owner.creditBalance(customer)).isEqualByComparingTo("750.00");
        assertThat(owner.get("/api/v1/credit/transactions?customerId=" + customer + "&type=PAYMENT_MADE")
                .expect(200).items()).hasSize(1);
    }

    @Test
    void fiveConcurrentDuplicatesWithOneKeySellOnce() throws Exception {
        UUID p = owner.createProduct("Soda", "25.00", 10);
        String key = UUID.randomUUID().toString();
        List<Response> responses = RaceTest.atOnce(5,
                i -> cashier.post("/api/v1/sales", cashBill(line(p, 2)), key));

        List<Response> created = responses.stream().filter(r -> r.status() == 201).toList();
        List<Response> conflicts = responses.stream().filter(r -> r.status() != 201).toList();
        // A duplicate that loses the race for the new bill's stream may be told to retry (409
        // CONCURRENT_MODIFICATION); anything else is wrong.
        conflicts.forEach(r -> r.problem(409, "CONCURRENT_MODIFICATION"));
        if (!conflicts.isEmpty()) {
            System.out.println("IdempotencyTest: " + conflicts.size()
                    + " of 5 concurrent duplicates answered 409 CONCURRENT_MODIFICATION");
        }
        assertThat(created).isNotEmpty();
        assertThat(created.stream().map(Response::id).distinct().toList()).hasSize(1);
        assertThat(created.stream().map(r -> r.text("/billNumber")).distinct().toList()).hasSize(1);

        owner.awaitStock(p, "8");
        assertThat(owner.commandSideStock(p)).isEqualByComparingTo("8");
        eventually(() -> assertThat(saleMovements(p)).isEqualTo(1));
        // a retry after the race answers the same bill
        UUID id = created.get(0).id();
        assertThat(cashier.post("/api/v1/sales", cashBill(line(p, 2)), key).expect(201).id()).isEqualTo(id);
        eventually(() -> assertThat(owner.get("/api/v1/sales").expect(200).itemTexts("id")).containsExactly(id.toString()));
    }
}
