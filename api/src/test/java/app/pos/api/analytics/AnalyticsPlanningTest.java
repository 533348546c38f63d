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
import org.springframework.http.HttpMethod;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static app.pos.api.analytics.AnalyticsSalesTest.row;
import static app.pos.api.analytics.AnalyticsSalesTest.rows;
import static app.pos.api.support.PastTrading.item;
import static app.pos.api.support.PastTrading.pay;
import static app.pos.kernel.credit.PaymentMethod.CASH;
import static app.pos.kernel.credit.PaymentMethod.CREDIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looking ahead from histories whose future is known. Milk sells 10 a weekday and 20 a Saturday or
 * Sunday, every day for nine weeks: a weekly model must see the pattern exactly, with nothing left over
 * to be unsure about. Bread has ten days of 2, 4, 2, 4...: too short for a week, so an average with its
 * spread. Jam never sells. The health store's every factor is made to score a round number.
 */
class AnalyticsPlanningTest extends IntegrationTest {

    private static Shelf shelf;
    private static Api healthOwner;

    @Autowired
    private PastTrading past;

    private record Shelf(LocalDate today, Api owner, UUID milk, UUID bread, UUID jam, UUID rice) {
    }

    /** Milk's week, on the store's calendar. */
    private static int milk(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 20 : 10;
    }

    @BeforeEach
    void knownHistories() {
        if (shelf == null) {
            shelf = shelf();
            healthOwner = healthyStore();
        }
    }

    private Shelf shelf() {
        LocalDate t = past.today();
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        History history = past.of(store);
        // 9 weeks of 90 sold from 960: 150 left
        UUID milk = history.product("Milk 500ml", "28.00", "0.00", 960, t.minusDays(63));
        UUID bread = history.product("Bread", "40.00", "0.00", 40, t.minusDays(10));
        UUID jam = history.product("Jam", "120.00", "0.00", 3, t.minusDays(63));
        UUID rice = history.product("Rice 1kg", "60.00", "0.00", 10_000, t.minusDays(63));
        for (LocalDate day = t.minusDays(63); day.isBefore(t); day = day.plusDays(1)) {
            history.cashSale(day.atTime(10, 0), null, milk, milk(day));
        }
        for (int back = 10; back >= 1; back--) {
            history.cashSale(t.minusDays(back).atTime(11, 0), null, bread, back % 2 == 0 ? 2 : 4);
        }
        history.cashSale(t.minusDays(3).atTime(12, 0), null, rice, 5);
        history.write(owner);
        return new Shelf(t, owner, milk, bread, jam, rice);
    }

    /**
     * The week T-13..T-7 against T-20..T-14: revenue 1,100.00 against 1,000.00 (+10 %: 60 + 2 x 10 = 80);
     * three of the four customers who bought before came back (75); of the 400.00 owed at the end of
     * T-7, 300.00 was given within 30 days (75); three of four active products are stocked at their
     * minimum of 5 or more (75). 0.35 x 80 + 0.25 x 75 + 0.20 x 75 + 0.20 x 75 = 76.75, so 77.
     */
    private Api healthyStore() {
        LocalDate t = past.today();
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        History history = past.of(store);
        LocalDate opened = t.minusDays(90);
        UUID item = history.product("Item", "100.00", "0.00", 1000, opened);
        history.product("Stocked A", "1.00", "0.00", 100, opened);
        history.product("Stocked B", "1.00", "0.00", 100, opened);
        history.product("Short", "1.00", "0.00", 2, opened);
        UUID c1 = history.customer("C1", opened);
        UUID c2 = history.customer("C2", opened);
        UUID c3 = history.customer("C3", opened);
        UUID c4 = history.customer("C4", opened);
        history.sale(t.minusDays(50).atTime(10, 0), c1, List.of(item(item, 1)), pay(CREDIT, "100.00"));
        // before: 100 + 300 (on credit) + 100 + 100 + 400 walk-in
        history.cashSale(t.minusDays(19).atTime(10, 0), c1, item, 1);
        history.sale(t.minusDays(20).atTime(10, 0), c2, List.of(item(item, 3)), pay(CREDIT, "300.00"));
        history.cashSale(t.minusDays(17).atTime(10, 0), c3, item, 1);
        history.cashSale(t.minusDays(16).atTime(10, 0), c4, item, 1);
        history.cashSale(t.minusDays(15).atTime(10, 0), null, item, 4);
        // the week: 100 + 100 + 100 + 800 walk-in
        history.cashSale(t.minusDays(12).atTime(10, 0), c1, item, 1);
        history.cashSale(t.minusDays(11).atTime(10, 0), c2, item, 1);
        history.cashSale(t.minusDays(10).atTime(10, 0), c3, item, 1);
        history.sale(t.minusDays(9).atTime(10, 0), null, List.of(item(item, 8)), pay(CASH, "800.00"));
        history.write(owner);
        return owner;
    }

    @Test
    void aWeeklyPatternIsForecastExactlyWithNoRoomForDoubt() {
        Response forecast = shelf.owner().get("/api/v1/analytics/forecasts?productId=" + shelf.milk()).expect(200);

        forecast.has("/asOf", shelf.today().toString()).has("/historyTo", shelf.today().minusDays(1).toString());
        assertThat(forecast.at("/confidencePercent").asInt()).isEqualTo(80);
        assertThat(forecast.at("/items").size()).isEqualTo(1);
        forecast.has("/items/0/name", "Milk 500ml").has("/items/0/unit", "pcs");
        assertThat(forecast.text("/items/0/method")).startsWith("Holt-Winters");
        assertThat(forecast.at("/items/0/historyDays").asLong()).isEqualTo(63);
        assertThat(forecast.decimal("/items/0/unitsSoldInHistory")).isEqualByComparingTo("810");
        for (int i = 0; i < 3; i++) {
            int days = 30 * (i + 1);
            int expected = shelf.today().datesUntil(shelf.today().plusDays(days))
                    .mapToInt(AnalyticsPlanningTest::milk).sum();
            String units = expected + ".0";
            assertThat(row(forecast.at("/items/0/forecasts/" + i), "days", "expectedUnits", "lower", "upper"))
                    .isEqualTo(days + "|" + units + "|" + units + "|" + units);
        }
    }

    /**
     * Ten days averaging 3: 90 in 30 days. s = sqrt(10 / 9) = 1.054093, the spread of 30 days
     * s * sqrt(30 + 30^2 / 10) = 11.547005, and 1.2816 of those either side: 75.2 to 104.8.
     */
    @Test
    void aShortHistoryIsForecastFromItsAverage() {
        Response forecast = shelf.owner()
                .get("/api/v1/analytics/forecasts?horizon=30&productId=" + shelf.bread()).expect(200);

        assertThat(forecast.text("/items/0/method")).startsWith("average daily units over the 10 days");
        assertThat(rows(forecast.at("/items/0/forecasts"), "days", "expectedUnits", "lower", "upper"))
                .containsExactly("30|90.0|75.2|104.8");
    }

    @Test
    void withoutAProductTheBestSellersOfTheLastFourWeeksAreForecast() {
        Response forecasts = shelf.owner().get("/api/v1/analytics/forecasts?limit=3").expect(200);

        // milk 4 x 90, bread 30, rice 5; jam sold nothing
        assertThat(rows(forecasts.at("/items"), "name")).containsExactly("Milk 500ml", "Bread", "Rice 1kg");
        assertThat(forecasts.at("/items/0/forecasts").size()).isEqualTo(3);

        Response jam = shelf.owner().get("/api/v1/analytics/forecasts?horizon=90&productId=" + shelf.jam()).expect(200);
        assertThat(jam.text("/items/0/method")).startsWith("no sales in the 63 days");
        assertThat(row(jam.at("/items/0/forecasts/0"), "expectedUnits", "upper")).isEqualTo("0.0|0.0");
    }

    @Test
    void forecastsAsCsvHaveARowPerProductAndHorizon() {
        Response csv = shelf.owner().get("/api/v1/analytics/forecasts?format=csv&productId=" + shelf.bread())
                .expect(200);

        List<String> lines = csv.raw().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("productId,name,unit,horizonDays,expectedUnits,lower,upper,method");
        assertThat(lines.get(1)).startsWith(shelf.bread() + ",Bread,pcs,30,90.0,75.2,104.8,");
    }

    @Test
    void anotherBusinessesProductHasNoForecast() {
        Api stranger = Api.as(http, stores.open(null), Role.OWNER);

        stranger.get("/api/v1/analytics/forecasts?productId=" + shelf.milk()).problem(404, "PRODUCT_NOT_FOUND");
        assertThat(stranger.get("/api/v1/analytics/forecasts").expect(200).at("/items").size()).isZero();
        assertThat(stranger.get("/api/v1/analytics/reorder-suggestions").expect(200).at("/items").size()).isZero();
    }

    /**
     * Lead time 7 days, cover 14. Bread: 10 on the shelf, 3 a day with a spread, so 95 % safety stock
     * 1.6449 x s x sqrt(7 + 49 / 10) = 5.98 on top of 21: order now, 63 + 5.98 - 10 = 58.98, so 59, and
     * the shelf is empty on the fourth day. Jam: nobody buys it, but 3 is under its minimum of 5: 2 now.
     * Milk: 150 lasts until it falls to one week's 90, then three weeks' 270 are needed. Rice has plenty.
     */
    @Test
    void reorderSuggestionsMostUrgentFirst() {
        Response reorder = shelf.owner()
                .get("/api/v1/analytics/reorder-suggestions?leadTimeDays=7&coverDays=14").expect(200);

        assertThat(reorder.at("/serviceLevelPercent").asInt()).isEqualTo(95);
        assertThat(rows(reorder.at("/items"), "name", "urgency")).containsExactly("Bread|NOW", "Jam|NOW",
                milkUrgency());
        LocalDate t = shelf.today();
        assertThat(row(reorder.at("/items/0"), "stock", "dailyDemand", "leadTimeDemand", "safetyStock",
                "reorderPoint", "suggestedQuantity", "orderBy", "stockoutDate"))
                .isEqualTo("10|3.00|21.0|6.0|27.0|59|" + t + "|" + t.plusDays(3));
        assertThat(row(reorder.at("/items/1"), "stock", "reorderPoint", "suggestedQuantity", "orderBy"))
                .isEqualTo("3|5.0|2|" + t);
        assertThat(reorder.at("/items/1/stockoutDate").isNull()).isTrue();

        int stock = 150;
        int orderDay = 0;
        while (stock > 90) {
            stock -= milk(t.plusDays(orderDay++));
        }
        assertThat(row(reorder.at("/items/2"), "reorderPoint", "safetyStock", "suggestedQuantity", "orderBy"))
                .isEqualTo("90.0|0.0|" + (270 - stock) + "|" + t.plusDays(orderDay));
        assertThat(reorder.raw()).doesNotContain("Rice 1kg");
    }

    private String milkUrgency() {
        int stock = 150;
        int orderDay = 0;
        while (stock > 90) {
            stock -= milk(shelf.today().plusDays(orderDay++));
        }
        return "Milk 500ml|" + (orderDay < 7 ? "SOON" : "PLANNED");
    }

    @Test
    void reorderSuggestionsAsCsv() {
        Response csv = shelf.owner().send(HttpMethod.GET,
                "/api/v1/analytics/reorder-suggestions?leadTimeDays=7&coverDays=14", null,
                headers -> headers.set("Accept", "text/csv")).expect(200);

        assertThat(csv.raw().lines().toList()).hasSize(4).first().asString().startsWith("productId,name,unit,stock,");
    }

    @Test
    void healthScoreWeighsFourFactorsEachScoredByItsStatedRule() {
        LocalDate t = past.today();
        Response health = healthOwner.get("/api/v1/analytics/health-score?from=" + t.minusDays(13) + "&to="
                + t.minusDays(7)).expect(200);

        assertThat(health.at("/score").asInt()).isEqualTo(77);
        health.has("/rating", "HEALTHY");
        assertThat(rows(health.at("/factors"), "name", "value", "score", "weight")).containsExactly(
                "revenueTrend|10.00|80|0.35", "customerRetention|75.00|75|0.25", "creditCollection|75.00|75|0.20",
                "stockHealth|75.00|75|0.20");
        assertThat(rows(health.at("/factors"), "explanation")).allSatisfy(line -> assertThat(line).isNotBlank());
    }

    /** Nothing sold in either week (0), nobody to retain (50), nothing owed (100), no products (50): 42.5. */
    @Test
    void aBusinessWithNothingYetScoresFromItsNeutralDefaults() {
        Api newcomer = Api.as(http, stores.open(null), Role.MANAGER);

        Response health = newcomer.get("/api/v1/analytics/health-score").expect(200);

        assertThat(rows(health.at("/factors"), "score")).containsExactly("0", "50", "100", "50");
        assertThat(health.at("/score").asInt()).isEqualTo(43);
        health.has("/rating", "AT_RISK");
    }
}
