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

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static app.pos.api.analytics.AnalyticsSalesTest.row;
import static app.pos.api.analytics.AnalyticsSalesTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers over two known stretches. The fortnight: five customers before the week T-13..T-7, four
 * joining in it; four bought the week before, five in it, of whom two came back, one twice, and two
 * bought for the first time. The half-year: one regular buying more each month, another every third
 * month, a big one-off buyer and walk-ins, so only the two regulars make recurring revenue.
 */
class AnalyticsCustomersTest extends IntegrationTest {

    private static Fortnight fortnight;
    private static HalfYear halfYear;

    @Autowired
    private PastTrading past;

    private record Fortnight(LocalDate today, Api owner, UUID a, UUID d, UUID g, Instant aLastVisit) {

        String week() {
            return "from=" + today.minusDays(13) + "&to=" + today.minusDays(7);
        }
    }

    private record HalfYear(YearMonth current, Api owner) {
    }

    @BeforeEach
    void knownCustomers() {
        if (fortnight == null) {
            fortnight = fortnight();
            halfYear = halfYear();
        }
    }

    private Fortnight fortnight() {
        LocalDate t = past.today();
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        History history = past.of(store);
        UUID tea = history.product("Tea 250g", "50.00", "0.00", 1000, t.minusDays(90));
        UUID a = history.customer("Asha", t.minusDays(60));
        UUID b = history.customer("Bala", t.minusDays(50));
        UUID c = history.customer("Chitra", t.minusDays(30));
        UUID d = history.customer("Dev", t.minusDays(25));
        UUID e = history.customer("Esha", t.minusDays(15));
        UUID f = history.customer("Farah", t.minusDays(13));
        UUID g = history.customer("Gopal", t.minusDays(13));
        history.customer("Hari", t.minusDays(10));
        history.customer("Indu", t.minusDays(7));
        history.customer("Jaya", t.minusDays(5));
        // the week before, T-20..T-14: A, B, C and E buy
        history.cashSale(t.minusDays(18).atTime(10, 0), a, tea, 1);
        history.cashSale(t.minusDays(16).atTime(10, 0), b, tea, 1);
        history.cashSale(t.minusDays(15).atTime(10, 0), c, tea, 1);
        history.cashSale(t.minusDays(14).atTime(10, 0), e, tea, 1);
        // D's first bill, long before
        history.cashSale(t.minusDays(24).atTime(10, 0), d, tea, 1);
        // the week: A twice (250.00), B (50.00), D (200.00), F for the first time (100.00), G too (300.00)
        history.cashSale(t.minusDays(13).atTime(8, 0), d, tea, 4);
        history.cashSale(t.minusDays(12).atTime(12, 0), a, tea, 2);
        history.cashSale(t.minusDays(11).atTime(12, 0), f, tea, 2);
        history.cashSale(t.minusDays(10).atTime(12, 0), b, tea, 1);
        history.cashSale(t.minusDays(9).atTime(18, 20), a, tea, 3);
        history.cashSale(t.minusDays(8).atTime(12, 0), g, tea, 6);
        history.cashSale(t.minusDays(8).atTime(13, 0), null, tea, 9);
        history.write(owner);
        return new Fortnight(t, owner, a, d, g, history.at(t.minusDays(9).atTime(18, 20)));
    }

    private HalfYear halfYear() {
        YearMonth current = YearMonth.from(past.today());
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        History history = past.of(store);
        LocalDate opened = current.minusMonths(8).atDay(1);
        UUID ghee = history.product("Ghee 100ml", "10.00", "0.00", 100_000, opened);
        UUID regular = history.customer("Regular", opened);
        UUID quarterly = history.customer("Quarterly", opened);
        UUID oneOff = history.customer("One-off", opened);
        UUID late = history.customer("Late", opened);
        for (int back = 6; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            history.cashSale(month.atDay(10).atTime(11, 0), regular, ghee, 10 + (6 - back));
            history.cashSale(month.atDay(12).atTime(11, 0), null, ghee, 3);
        }
        history.cashSale(current.minusMonths(5).atDay(20).atTime(11, 0), quarterly, ghee, 5);
        history.cashSale(current.minusMonths(2).atDay(20).atTime(11, 0), quarterly, ghee, 5);
        history.cashSale(current.minusMonths(4).atDay(15).atTime(11, 0), oneOff, ghee, 50);
        history.cashSale(current.minusMonths(4).atDay(25).atTime(11, 0), oneOff, ghee, 50);
        history.cashSale(current.minusMonths(7).atDay(15).atTime(11, 0), late, ghee, 7);
        history.cashSale(current.minusMonths(1).atDay(15).atTime(11, 0), late, ghee, 7);
        history.write(owner);
        return new HalfYear(current, owner);
    }

    @Test
    void growthCountsNewCustomersPerStoreDayWithTheRunningTotal() {
        Response customers = fortnight.owner().get("/api/v1/analytics/customers?" + fortnight.week()).expect(200);

        assertThat(customers.at("/growth/customersBefore").asLong()).isEqualTo(5);
        assertThat(customers.at("/growth/newCustomers").asLong()).isEqualTo(4);
        assertThat(customers.at("/growth/totalCustomers").asLong()).isEqualTo(9);
        assertThat(rows(customers.at("/growth/series"), "newCustomers", "totalCustomers"))
                .containsExactly("2|7", "0|7", "0|7", "1|8", "0|8", "0|8", "1|9");
        customers.has("/growth/series/0/date", fortnight.today().minusDays(13).toString());
    }

    @Test
    void retentionRepeatBuyersAndNewAgainstReturning() {
        Response retention = fortnight.owner().get("/api/v1/analytics/customers?" + fortnight.week()).expect(200);

        retention.has("/retention/previousFrom", fortnight.today().minusDays(20).toString())
                .has("/retention/previousTo", fortnight.today().minusDays(14).toString());
        assertThat(row(retention.at("/retention"), "previousBuyers", "retainedBuyers", "retentionRatePercent",
                "buyers", "repeatBuyers", "repeatCustomerRatePercent", "newBuyers", "returningBuyers"))
                .isEqualTo("4|2|50.00|5|1|20.00|2|3");
    }

    @Test
    void topCustomersBySpendWithTheirLastVisit() {
        Response top = fortnight.owner().get("/api/v1/analytics/top-customers?limit=3&" + fortnight.week()).expect(200);

        assertThat(rows(top.at("/items"), "rank", "name", "spend", "bills", "averageBill"))
                .containsExactly("1|Gopal|300.00|1|300.00", "2|Asha|250.00|2|125.00", "3|Dev|200.00|1|200.00");
        top.has("/items/1/customerId", fortnight.a().toString())
                .has("/items/1/lastVisitAt", fortnight.aLastVisit().toString());
    }

    @Test
    void growthAsCsvIsOneRowPerDay() {
        Response csv = fortnight.owner().get("/api/v1/analytics/customers?format=csv&" + fortnight.week()).expect(200);

        assertThat(csv.raw().lines().toList()).hasSize(8).first().isEqualTo("date,newCustomers,totalCustomers");
        assertThat(csv.raw().lines().toList().get(1)).isEqualTo(fortnight.today().minusDays(13) + ",2,7");
    }

    /**
     * Regular spends 100.00, 110.00, ... 150.00 over the six months and Quarterly 50.00 in the second and
     * fifth: 100, 160, 120, 130, 190, 150. One-off's 1,000.00 falls in one month and Late's second month
     * in the look-back is its only one, so neither recurs. Least squares by hand: slope 10.00, intercept
     * 116.67, residual standard error sqrt(3333.33 / 4) = 28.8675; at the next three months 176.67,
     * 186.67, 196.67, give or take t(4) 1.533 times that times sqrt(1 + 1/6 + (x - 2.5)^2 / 17.5).
     */
    @Test
    void recurringRevenueFromRepeatCustomersWithItsTrendAndProjections() {
        YearMonth current = halfYear.current();
        Response mrr = halfYear.owner().get("/api/v1/analytics/mrr?months=6").expect(200);

        mrr.has("/fromMonth", current.minusMonths(6).toString()).has("/toMonth", current.minusMonths(1).toString())
                .money("/currentMrr", "150.00").money("/trend/changePerMonth", "10.00").has("/trend/direction", "UP");
        assertThat(mrr.at("/repeatCustomers").asLong()).isEqualTo(2);
        // the last month against the one before: (150 - 190) / 190
        assertThat(mrr.decimal("/trend/changePercent")).isEqualByComparingTo("-21.05");
        assertThat(rows(mrr.at("/series"), "month", "recurringRevenue", "repeatCustomers", "totalRevenue"))
                .containsExactly(
                        current.minusMonths(6) + "|100.00|1|130.00",
                        current.minusMonths(5) + "|160.00|2|190.00",
                        current.minusMonths(4) + "|120.00|1|1150.00",
                        current.minusMonths(3) + "|130.00|1|160.00",
                        current.minusMonths(2) + "|190.00|2|220.00",
                        current.minusMonths(1) + "|150.00|1|250.00");
        assertThat(rows(mrr.at("/projections"), "days", "month", "mrr", "lower", "upper")).containsExactly(
                "30|" + current + "|176.67|116.20|237.13",
                "60|" + current.plusMonths(1) + "|186.67|119.21|254.13",
                "90|" + current.plusMonths(2) + "|196.67|121.37|271.97");
        assertThat(mrr.at("/confidencePercent").asInt()).isEqualTo(80);
        assertThat(mrr.text("/method")).startsWith("least-squares linear trend");
    }

    @Test
    void recurringRevenueOverTwoMonthsIsCarriedForwardWithoutAnInterval() {
        YearMonth current = halfYear.current();
        Response mrr = halfYear.owner().get("/api/v1/analytics/mrr?months=2").expect(200);

        // only Regular bought in both months (140.00, 150.00): Quarterly's and Late's other months are earlier
        assertThat(rows(mrr.at("/series"), "month", "recurringRevenue"))
                .containsExactly(current.minusMonths(2) + "|140.00", current.minusMonths(1) + "|150.00");
        assertThat(rows(mrr.at("/projections"), "mrr", "lower", "upper")).containsOnly("150.00|150.00|150.00");
        assertThat(mrr.text("/method")).startsWith("fewer than three complete months");
    }
}
