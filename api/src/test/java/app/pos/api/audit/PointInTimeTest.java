package app.pos.api.audit;

import app.pos.api.support.Api;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Api.payment;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures at any instant, folded from the event store: at "now" they agree with the live query tables,
 * and at earlier instants they are what those tables showed then.
 */
class PointInTimeTest extends IntegrationTest {

    private TestStore store;
    private Api owner;
    private UUID product;
    private UUID customer;
    private Instant beforeProduct;
    private Instant afterStockIn;
    private Instant afterCashSale;
    private Instant afterCreditSale;

    @BeforeEach
    void aDayOfTrading() {
        store = stores.open(null);
        owner = new Api(http, store.token(http, Role.OWNER));
        Api cashier = new Api(http, store.token(http, Role.CASHIER));
        beforeProduct = instantBetweenEvents();
        product = owner.createProduct("Folded Rice 5kg", "100.00", 10);
        customer = owner.createCustomer("Meena", "1000.00");
        afterStockIn = instantBetweenEvents();
        cashier.sell(cashBill(line(product, 2))).expect(201);
        afterCashSale = instantBetweenEvents();
        cashier.sell(map("customerId", customer.toString(), "items", List.of(line(product, 3)),
                "payments", List.of(payment("UPI", "15.00"), payment("CREDIT", "300.00")))).expect(201);
        afterCreditSale = instantBetweenEvents();
        cashier.post("/api/v1/credit/payments", map("customerId", customer.toString(), "amount", Api.dec("100.00"),
                "paymentMethod", "CASH")).expect(201);
        owner.awaitStock(product, "5");
        eventually(() -> assertThat(owner.creditBalance(customer)).isEqualByComparingTo("200.00"));
        // store-wide figures find their bills and customers through the audit trail's index
        eventually(() -> assertThat(owner.get("/api/v1/audit/customers/" + customer + "/history").expect(200)
                .itemTexts("type")).containsExactly("CustomerRegistered", "CreditTaken", "CreditPaymentRecorded"));
    }

    @Test
    void aProductsStockAtEachMomentOfTheDay() {
        assertThat(stockAsOf(afterStockIn)).isEqualByComparingTo("10");
        assertThat(stockAsOf(afterCashSale)).isEqualByComparingTo("8");
        assertThat(stockAsOf(afterCreditSale)).isEqualByComparingTo("5");
        owner.get(stockUri(beforeProduct)).problem(404, "PRODUCT_NOT_FOUND");
    }

    @Test
    void asOfNowEqualsTheLiveQueryTables() {
        Api.Response live = owner.get("/api/v1/products/" + product).expect(200);
        assertThat(owner.get("/api/v1/audit/products/" + product + "/stock").expect(200).decimal("/stockQuantity"))
                .isEqualByComparingTo(live.decimal("/stockQuantity"));

        Api.Response customerNow = owner.get("/api/v1/customers/" + customer).expect(200);
        Api.Response balanceNow = owner.get("/api/v1/audit/customers/" + customer + "/balance").expect(200);
        assertThat(balanceNow.decimal("/creditBalance")).isEqualByComparingTo(customerNow.decimal("/creditBalance"));
        assertThat(balanceNow.decimal("/walletBalance")).isEqualByComparingTo(customerNow.decimal("/walletBalance"));

        Api.Response today = owner.get("/api/v1/sales/today").expect(200);
        Api.Response foldedToday = owner.get("/api/v1/audit/sales/summary").expect(200);
        for (String figure : List.of("totalAmount", "cashCollected", "creditGiven", "billsCount", "cashSales",
                "creditSales")) {
            assertThat(foldedToday.decimal("/summary/" + figure)).as(figure)
                    .isEqualByComparingTo(today.decimal("/summary/" + figure));
        }

        Api.Response outstanding = owner.get("/api/v1/credit/total").expect(200);
        Api.Response foldedOutstanding = owner.get("/api/v1/audit/credit/outstanding").expect(200);
        assertThat(foldedOutstanding.decimal("/outstanding/totalAmount"))
                .isEqualByComparingTo(outstanding.decimal("/totalAmount"));
        assertThat(foldedOutstanding.decimal("/outstanding/customersCount"))
                .isEqualByComparingTo(outstanding.decimal("/customersCount"));
    }

    @Test
    void balancesAndTotalsAsTheyStoodEarlier() {
        Api.Response beforeCredit = owner.get("/api/v1/audit/customers/" + customer + "/balance?asOf=" + afterCashSale)
                .expect(200);
        assertThat(beforeCredit.decimal("/creditBalance")).isEqualByComparingTo("0");
        Api.Response beforePayment = owner.get("/api/v1/audit/customers/" + customer + "/balance?asOf="
                + afterCreditSale).expect(200);
        assertThat(beforePayment.decimal("/creditBalance")).isEqualByComparingTo("300.00");
        assertThat(beforePayment.decimal("/eventsApplied")).isEqualByComparingTo("2");

        Api.Response oneBill = owner.get("/api/v1/audit/sales/summary?asOf=" + afterCashSale).expect(200);
        assertThat(oneBill.decimal("/summary/billsCount")).isEqualByComparingTo("1");
        assertThat(oneBill.decimal("/summary/totalAmount")).isEqualByComparingTo("210.00");
        assertThat(oneBill.decimal("/summary/creditGiven")).isEqualByComparingTo("0");

        assertThat(owner.get("/api/v1/audit/credit/outstanding?asOf=" + afterCreditSale).expect(200)
                .decimal("/outstanding/totalAmount")).isEqualByComparingTo("300.00");
        assertThat(owner.get("/api/v1/audit/credit/outstanding?asOf=" + afterCashSale).expect(200)
                .decimal("/outstanding/customersCount")).isEqualByComparingTo("0");
    }

    @Test
    void aCustomersTimelineHoldsEveryUdhaarMovementWithWhoRecordedIt() {
        List<String> roles = owner.get("/api/v1/audit/customers/" + customer + "/history").expect(200).items().stream()
                .map(event -> event.at("/metadata/role").asString()).toList();
        assertThat(roles).containsExactly("OWNER", "CASHIER", "CASHIER");
    }

    @Test
    void anotherBusinessGets404AndAnAuditorReadsButACashierDoesNot() {
        Api stranger = new Api(http, stores.open(null).token(http, Role.OWNER));
        stranger.get("/api/v1/audit/products/" + product + "/stock").problem(404, "PRODUCT_NOT_FOUND");
        stranger.get("/api/v1/audit/customers/" + customer + "/balance").problem(404, "CUSTOMER_NOT_FOUND");
        stranger.get("/api/v1/audit/customers/" + customer + "/history").problem(404, "CUSTOMER_NOT_FOUND");
        assertThat(stranger.get("/api/v1/audit/sales/summary").expect(200).decimal("/summary/billsCount"))
                .isEqualByComparingTo("0");
        assertThat(stranger.get("/api/v1/audit/credit/outstanding").expect(200)
                .decimal("/outstanding/totalAmount")).isEqualByComparingTo("0");

        Api auditor = new Api(http, store.token(http, Role.AUDITOR));
        assertThat(auditor.get(stockUri(afterCashSale)).expect(200).decimal("/stockQuantity"))
                .isEqualByComparingTo("8");
        auditor.post("/api/v1/products", Api.productBody("Not allowed", "1.00", 1)).problem(403, "NOT_ALLOWED");
        new Api(http, store.token(http, Role.CASHIER)).get(stockUri(afterCashSale)).problem(403, "NOT_ALLOWED");
    }

    @Test
    void theFutureAndMalformedInstantsAre400() {
        owner.get("/api/v1/audit/products/" + product + "/stock?asOf=" + Instant.now().plusSeconds(3600))
                .problem(400, "AS_OF_IN_FUTURE").hasErrorOn("asOf");
        owner.get("/api/v1/audit/credit/outstanding?asOf=yesterday").expect(400).hasErrorOn("asOf");
    }

    private String stockUri(Instant asOf) {
        return "/api/v1/audit/products/" + product + "/stock?asOf=" + asOf;
    }

    private java.math.BigDecimal stockAsOf(Instant asOf) {
        return owner.get(stockUri(asOf)).expect(200).decimal("/stockQuantity");
    }

    /** An instant no event shares: events before it were stored earlier, events after it later. */
    private static Instant instantBetweenEvents() {
        Api.pause(5);
        Instant now = Instant.now();
        Api.pause(5);
        return now;
    }
}
