package app.pos.api.analytics;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.PastTrading;
import app.pos.api.support.PastTrading.History;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static app.pos.api.analytics.AnalyticsSalesTest.row;
import static app.pos.api.analytics.AnalyticsSalesTest.rows;
import static app.pos.api.support.PastTrading.item;
import static app.pos.api.support.PastTrading.pay;
import static app.pos.kernel.credit.PaymentMethod.CREDIT;
import static app.pos.kernel.credit.PaymentMethod.UPI;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Udhaar given and paid over two and a half months, aged by hand. Payments settle the oldest credit
 * first: Amit's 150.00 clears his 100.00 from T-75 and 50.00 of his 200.00 from T-40.
 */
class AnalyticsCreditAgingTest extends IntegrationTest {

    private static Ledger ledger;

    @Autowired
    private PastTrading past;

    private record Ledger(LocalDate today, Api owner, UUID amit, UUID priya, UUID sita, UUID mohan) {
    }

    @BeforeEach
    void knownUdhaar() {
        if (ledger == null) {
            ledger = ledger();
        }
    }

    private Ledger ledger() {
        LocalDate t = past.today();
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        History history = past.of(store);
        UUID atta = history.product("Atta 1kg", "10.00", "0.00", 10_000, t.minusDays(100));
        UUID amit = history.customer("Amit", t.minusDays(100));
        UUID priya = history.customer("Priya", t.minusDays(100));
        UUID ravi = history.customer("Ravi", t.minusDays(100));
        UUID sita = history.customer("Sita", t.minusDays(100));
        UUID mohan = history.customer("Mohan", t.minusDays(100));
        onCredit(history, amit, atta, t.minusDays(75), "100.00");
        onCredit(history, amit, atta, t.minusDays(40), "200.00");
        onCredit(history, amit, atta, t.minusDays(5), "50.00");
        history.creditPayment(amit, "150.00", t.minusDays(20).atTime(17, 0));
        onCredit(history, priya, atta, t.minusDays(65), "300.00");
        history.creditPayment(priya, "100.00", t.minusDays(10).atTime(17, 0));
        onCredit(history, ravi, atta, t.minusDays(3), "80.00");
        history.creditPayment(ravi, "80.00", t.minusDays(1).atTime(17, 0));
        // on the edges of the buckets: 30 days old is still 0-30, 60 still 31-60
        onCredit(history, sita, atta, t.minusDays(30), "10.00");
        onCredit(history, sita, atta, t.minusDays(31), "20.00");
        onCredit(history, sita, atta, t.minusDays(60), "40.00");
        onCredit(history, sita, atta, t.minusDays(61), "80.00");
        history.sale(t.minusDays(2).atTime(12, 0), mohan, List.of(item(atta, 10)), pay(UPI, "40.00"),
                pay(CREDIT, "60.00"));
        history.write(owner);

        TestStore neighbour = stores.open(null);
        History next = past.of(neighbour);
        UUID rice = next.product("Neighbour rice", "10.00", "0.00", 1000, t.minusDays(100));
        UUID debtor = next.customer("Neighbour debtor", t.minusDays(100));
        onCredit(next, debtor, rice, t.minusDays(45), "990.00");
        next.write(Api.as(http, neighbour, Role.OWNER));
        return new Ledger(t, owner, amit, priya, sita, mohan);
    }

    private static void onCredit(History history, UUID customer, UUID product, LocalDate day, String amount) {
        int units = new BigDecimal(amount).divide(BigDecimal.TEN).intValueExact();
        history.sale(day.atTime(12, 0), customer, List.of(item(product, units)), pay(CREDIT, amount));
    }

    @Test
    void outstandingUdhaarAgedPerCustomerOldestUnpaidFirst() {
        Response aging = ledger.owner().get("/api/v1/analytics/credit-aging").expect(200);

        aging.has("/asOf", ledger.today().toString()).has("/timeZone", "Asia/Kolkata");
        assertThat(row(aging.at("/totals"), "outstanding", "days0To30", "days31To60", "over60Days"))
                .isEqualTo("610.00|120.00|210.00|280.00");
        assertThat(aging.at("/customersCount").asLong()).isEqualTo(4);
        assertThat(rows(aging.at("/customers"), "name", "outstanding", "days0To30", "days31To60", "over60Days",
                "oldestUnpaidDays")).containsExactly(
                "Priya|200.00|0.00|0.00|200.00|65",
                "Sita|150.00|10.00|60.00|80.00|61",
                "Amit|200.00|50.00|150.00|0.00|40",
                "Mohan|60.00|60.00|0.00|0.00|2");
        aging.has("/customers/2/customerId", ledger.amit().toString())
                .has("/customers/2/oldestUnpaidSince", ledger.today().minusDays(40).toString());
        assertThat(aging.raw()).doesNotContain("Neighbour").doesNotContain("990.00");
    }

    /** What is aged is exactly what the customers owe: the same total as the udhaar balances. */
    @Test
    void theAgedTotalIsTheUdhaarTheCustomersOwe() {
        Response total = ledger.owner().get("/api/v1/credit/total").expect(200);

        total.money("/totalAmount", "610.00");
        assertThat(total.at("/customersCount").asLong()).isEqualTo(4);
    }

    /**
     * At the end of T-15: Amit owes 150.00 of T-40 (25 days old then), Priya all of her 300.00 (50 days),
     * Sita her 150.00 (15 to 46 days), and Ravi and Mohan had not yet bought on credit.
     */
    @Test
    void agedAsOfAnEarlierDay() {
        LocalDate asOf = ledger.today().minusDays(15);
        Response aging = ledger.owner().get("/api/v1/analytics/credit-aging?asOf=" + asOf).expect(200);

        aging.has("/asOf", asOf.toString());
        assertThat(row(aging.at("/totals"), "outstanding", "days0To30", "days31To60", "over60Days"))
                .isEqualTo("600.00|180.00|420.00|0.00");
        assertThat(rows(aging.at("/customers"), "name", "outstanding", "oldestUnpaidDays"))
                .containsExactly("Priya|300.00|50", "Sita|150.00|46", "Amit|150.00|25");
    }

    @Test
    void csvIsOneRowPerCustomer() {
        Response csv = ledger.owner().get("/api/v1/analytics/credit-aging?format=csv").expect(200);

        assertThat(csv.headers().getContentDisposition().getFilename())
                .isEqualTo("credit-aging-" + ledger.today() + ".csv");
        List<String> lines = csv.raw().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("customerId,name,phone,outstanding,days0To30,days31To60,over60Days,"
                + "oldestUnpaidSince,oldestUnpaidDays");
        assertThat(lines.get(1)).isEqualTo(ledger.priya() + ",Priya,+91 90000 00000,200.00,0.00,0.00,200.00,"
                + ledger.today().minusDays(65) + ",65");
    }

    @Test
    void anAsOfInTheFutureOrNotADateIsRefused() {
        ledger.owner().get("/api/v1/analytics/credit-aging?asOf=" + ledger.today().plusDays(1))
                .problem(400, "AS_OF_IN_FUTURE").hasErrorOn("asOf");
        ledger.owner().get("/api/v1/analytics/credit-aging?asOf=yesterday")
                .problem(400, "INVALID_PARAMETER").hasErrorOn("asOf");
    }
}
