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
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Eventually.eventually;
import static app.pos.api.support.PastTrading.item;
import static app.pos.api.support.PastTrading.pay;
import static app.pos.kernel.credit.PaymentMethod.CARD;
import static app.pos.kernel.credit.PaymentMethod.CASH;
import static app.pos.kernel.credit.PaymentMethod.CREDIT;
import static app.pos.kernel.credit.PaymentMethod.UPI;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revenue, best sellers, tenders and the shop's hours over a week of trading whose every figure is known:
 * the week from T-9 to T-3 (T is the store's today) takes six bills worth 1,070.00, the week before two
 * worth 515.00, and a neighbouring business trades in the same days without ever showing up.
 */
class AnalyticsSalesTest extends IntegrationTest {

    private static Trading trading;

    @Autowired
    private PastTrading past;

    /** The known week: T, the owner, the week's bounds, the products, and when each bill was rung up. */
    private record Trading(LocalDate today, Api owner, LocalDate from, LocalDate to, UUID rice, UUID salt, UUID soap,
                           String neighbourProduct, List<LocalDateTime> billTimes) {

        String custom() {
            return "period=custom&from=" + from + "&to=" + to;
        }
    }

    @BeforeEach
    void aWeekOfKnownTrading() {
        if (trading == null) {
            trading = trade();
        }
    }

    private Trading trade() {
        LocalDate t = past.today();
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        History history = past.of(store);
        LocalDate opened = t.minusDays(40);
        UUID rice = history.product("Basmati Rice 5kg", "300.00", "5.00", 1000, opened);
        UUID salt = history.product("Salt 1kg", "20.00", "0.00", 1000, opened);
        UUID soap = history.product("Soap, neem", "35.00", "0.00", 1000, opened);
        UUID amit = history.customer("Amit", opened);
        List<LocalDateTime> week = List.of(
                t.minusDays(9).atTime(0, 10),    // 18:40 UTC the evening before: still T-9 on the store's clock
                t.minusDays(9).atTime(10, 15),
                t.minusDays(7).atTime(23, 50),
                t.minusDays(5).atTime(14, 30),
                t.minusDays(3).atTime(14, 45),
                t.minusDays(3).atTime(19, 5));
        history.sale(week.get(0), null, List.of(item(rice, 1)), pay(UPI, "315.00"));
        history.sale(week.get(1), null, List.of(item(salt, 2)), pay(CASH, "50.00"));
        history.sale(week.get(2), amit, List.of(item(rice, 1), item(soap, 3)), pay(UPI, "100.00"),
                pay(CREDIT, "320.00"));
        history.sale(week.get(3), null, List.of(item(salt, 5)), pay(CARD, "100.00"));
        history.sale(week.get(4), amit, List.of(item(soap, 4)), pay(CASH, "140.00"));
        history.sale(week.get(5), null, List.of(item(salt, 1), item(soap, 1)), pay(CASH, "60.00"));
        // the week before: 315.00 and 200.00
        history.sale(t.minusDays(10).atTime(23, 59), null, List.of(item(rice, 1)), pay(CASH, "315.00"));
        history.sale(t.minusDays(12).atTime(11, 0), null, List.of(item(salt, 10)), pay(CARD, "200.00"));
        // just after the week
        history.sale(t.minusDays(2).atTime(0, 0, 30), null, List.of(item(salt, 2)), pay(CASH, "40.00"));
        history.write(owner);

        TestStore neighbour = stores.open(null);
        Api neighbourOwner = Api.as(http, neighbour, Role.OWNER);
        History next = past.of(neighbour);
        String neighbourProduct = "Neighbour Saffron " + UUID.randomUUID();
        UUID saffron = next.product(neighbourProduct, "1000.00", "0.00", 100, opened);
        for (LocalDateTime when : week) {
            next.sale(when, null, List.of(item(saffron, 1)), pay(CASH, "1000.00"));
        }
        next.write(neighbourOwner);
        return new Trading(t, owner, t.minusDays(9), t.minusDays(3), rice, salt, soap, neighbourProduct, week);
    }

    @Test
    void revenuePerStoreDayWithEveryDayPresentAndTheWeekBeforeForComparison() {
        Response revenue = trading.owner().get("/api/v1/analytics/revenue?" + trading.custom()).expect(200);

        revenue.has("/from", trading.from().toString()).has("/to", trading.to().toString())
                .has("/timeZone", "Asia/Kolkata").has("/interval", "day");
        revenue.money("/totals/revenue", "1070.00").money("/totals/averageBill", "178.33");
        assertThat(revenue.at("/totals/bills").asLong()).isEqualTo(6);
        revenue.has("/previous/from", trading.today().minusDays(16).toString())
                .has("/previous/to", trading.today().minusDays(10).toString())
                .money("/previous/revenue", "515.00").money("/previous/averageBill", "257.50");
        assertThat(revenue.at("/previous/bills").asLong()).isEqualTo(2);
        // (1070 - 515) / 515 = 107.766 %
        assertThat(revenue.decimal("/revenueChangePercent")).isEqualByComparingTo("107.77");

        List<String> expected = List.of("355.00/2/177.50", "0.00/0/0.00", "420.00/1/420.00", "0.00/0/0.00",
                "100.00/1/100.00", "0.00/0/0.00", "195.00/2/97.50");
        List<String> series = new ArrayList<>();
        List<String> buckets = new ArrayList<>();
        revenue.at("/series").forEach(bucket -> {
            buckets.add(bucket.path("bucket").asString());
            series.add(bucket.path("revenue").decimalValue().toPlainString() + "/" + bucket.path("bills").asLong()
                    + "/" + bucket.path("averageBill").decimalValue().toPlainString());
        });
        assertThat(buckets).containsExactlyElementsOf(trading.from().datesUntil(trading.to().plusDays(1))
                .map(LocalDate::toString).toList());
        assertThat(series).containsExactlyElementsOf(expected);
    }

    @Test
    void revenuePerStoreHourOfOneDay() {
        LocalDate day = trading.today().minusDays(3);
        Response revenue = trading.owner().get("/api/v1/analytics/revenue?interval=hour&from=" + day + "&to=" + day)
                .expect(200);

        revenue.has("/interval", "hour");
        assertThat(revenue.at("/series").size()).isEqualTo(24);
        revenue.has("/series/0/bucket", day + "T00:00").has("/series/14/bucket", day + "T14:00")
                .money("/series/14/revenue", "140.00").money("/series/19/revenue", "55.00")
                .money("/series/13/revenue", "0.00").money("/totals/revenue", "195.00");
        assertThat(revenue.at("/previous/bills").asLong()).isZero();
        assertThat(revenue.at("/revenueChangePercent").isNull()).isTrue();
    }

    /**
     * The default is the last seven store days with today: T-5 (100.00), T-3 (two bills, 195.00), T-2 (40.00) and a
     * bill rung up now over HTTP (40.00); the seven days before hold 1,290.00 in five bills.
     */
    @Test
    void theDefaultPeriodIsTheLastSevenDaysWithToday() {
        LocalDate t = trading.today();
        trading.owner().sell(cashBill(line(trading.salt(), 2))).expect(201);

        eventually(() -> assertThat(trading.owner().get("/api/v1/analytics/revenue").expect(200)
                .at("/totals/bills").asLong()).isEqualTo(5));
        Response revenue = trading.owner().get("/api/v1/analytics/revenue").expect(200);
        revenue.has("/from", t.minusDays(6).toString()).has("/to", t.toString())
                .money("/totals/revenue", "375.00").money("/previous/revenue", "1290.00")
                .has("/series/6/bucket", t.toString()).money("/series/6/revenue", "40.00");
        assertThat(revenue.at("/previous/bills").asLong()).isEqualTo(5);
        assertThat(revenue.at("/series").size()).isEqualTo(7);
    }

    /** This month to date, against the same days of last month (cut short where last month is shorter). */
    @Test
    void theMonthPeriodIsThisMonthToDateAgainstTheSameDaysOfLastMonth() {
        LocalDate t = trading.today();
        YearMonth last = YearMonth.from(t).minusMonths(1);

        trading.owner().get("/api/v1/analytics/revenue?period=month").expect(200)
                .has("/from", t.withDayOfMonth(1).toString()).has("/to", t.toString())
                .has("/previous/from", last.atDay(1).toString())
                .has("/previous/to", last.atDay(Math.min(t.getDayOfMonth(), last.lengthOfMonth())).toString());
    }

    /** Revenue is line totals before tax: rice 2 x 300.00, soap 8 x 35.00, salt 8 x 20.00. */
    @Test
    void topProductsByRevenueAndByUnits() {
        Response byRevenue = trading.owner().get("/api/v1/analytics/top-products?" + trading.custom()).expect(200);

        assertThat(rows(byRevenue.at("/items"), "name", "revenue", "quantity", "bills")).containsExactly(
                "Basmati Rice 5kg|600.00|2|2", "Soap, neem|280.00|8|3", "Salt 1kg|160.00|8|3");
        byRevenue.has("/by", "revenue").has("/items/0/productId", trading.rice().toString())
                .has("/items/0/unit", "pcs");
        assertThat(byRevenue.at("/items/2/rank").asInt()).isEqualTo(3);

        // soap and salt sold 8 units each: the one that brought in more comes first
        Response byUnits = trading.owner()
                .get("/api/v1/analytics/top-products?by=quantity&limit=2&" + trading.custom()).expect(200);
        assertThat(rows(byUnits.at("/items"), "name", "quantity")).containsExactly("Soap, neem|8", "Salt 1kg|8");
    }

    /**
     * Cash is what stayed in the drawer: 50.00 - 10.00 change, 140.00, 60.00 - 5.00 change = 235.00. With
     * UPI 415.00, card 100.00 and udhaar 320.00 the methods add up to the week's 1,070.00.
     */
    @Test
    void paymentMethodsNetOfChangeAddUpToTheRevenue() {
        Response methods = trading.owner().get("/api/v1/analytics/payment-methods?" + trading.custom()).expect(200);

        methods.money("/totalAmount", "1070.00");
        assertThat(methods.at("/bills").asLong()).isEqualTo(6);
        assertThat(rows(methods.at("/methods"), "method", "amount", "bills", "sharePercent")).containsExactly(
                "UPI|415.00|2|38.79", "CREDIT|320.00|1|29.91", "CASH|235.00|3|21.96", "CARD|100.00|1|9.35",
                "BANK_TRANSFER|0.00|0|0.00", "WALLET|0.00|0|0.00");
    }

    @Test
    void salesByHourOfTheStoresDayAndByDayOfTheWeek() {
        Response patterns = trading.owner().get("/api/v1/analytics/sales-patterns?" + trading.custom()).expect(200);

        assertThat(patterns.at("/byHour").size()).isEqualTo(24);
        assertThat(rows(patterns.at("/byHour"), "hour", "revenue", "bills")).contains("0|315.00|1", "10|40.00|1",
                "14|240.00|2", "19|55.00|1", "23|420.00|1", "12|0.00|0");
        Map<DayOfWeek, String> expected = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            expected.put(day, "0.00|0");
        }
        String[] perDay = {"355.00|2", "420.00|1", "100.00|1", "195.00|2"};
        LocalDate[] days = {trading.today().minusDays(9), trading.today().minusDays(7), trading.today().minusDays(5),
                trading.today().minusDays(3)};
        for (int i = 0; i < days.length; i++) {
            expected.put(days[i].getDayOfWeek(), perDay[i]);
        }
        List<String> weekdays = new ArrayList<>();
        patterns.at("/byDayOfWeek").forEach(day -> {
            // a seven-day period holds each weekday once, so a day's average is its revenue
            assertThat(day.path("days").asLong()).isEqualTo(1);
            assertThat(day.path("averageRevenuePerDay").decimalValue()).isEqualTo(day.path("revenue").decimalValue());
            weekdays.add(day.path("dayOfWeek").asString() + "=" + day.path("revenue").decimalValue().toPlainString()
                    + "|" + day.path("bills").asLong());
        });
        assertThat(weekdays).containsExactlyElementsOf(expected.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).toList());
    }

    @Test
    void csvHasAHeaderAndOneRowPerBucketWithExactDecimals() {
        Response csv = trading.owner().get("/api/v1/analytics/revenue?format=csv&" + trading.custom()).expect(200);

        assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.headers().getContentDisposition().isAttachment()).isTrue();
        assertThat(csv.headers().getContentDisposition().getFilename())
                .isEqualTo("revenue-" + trading.from() + "-to-" + trading.to() + ".csv");
        List<String> lines = csv.raw().lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).isEqualTo("bucket,revenue,bills,averageBill");
        assertThat(lines.get(1)).isEqualTo(trading.from() + ",355.00,2,177.50");
        assertThat(lines.get(2)).isEqualTo(trading.from().plusDays(1) + ",0.00,0,0.00");
    }

    @Test
    void acceptTextCsvGivesCsvWithFieldsQuotedWhereNeeded() {
        Response csv = trading.owner().send(HttpMethod.GET, "/api/v1/analytics/top-products?" + trading.custom(), null,
                headers -> headers.set("Accept", "text/csv")).expect(200);

        assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.raw().lines().toList()).containsExactly(
                "rank,productId,name,unit,revenue,quantity,bills",
                "1," + trading.rice() + ",Basmati Rice 5kg,pcs,600.00,2,2",
                "2," + trading.soap() + ",\"Soap, neem\",pcs,280.00,8,3",
                "3," + trading.salt() + ",Salt 1kg,pcs,160.00,8,3");
    }

    /** The neighbour sold a 1,000.00 saffron at each of the week's moments: none of it shows here. */
    @Test
    void anotherBusinessesTradingNeverShows() {
        Map<String, Response> reports = new LinkedHashMap<>();
        for (String report : List.of("revenue", "top-products", "payment-methods", "sales-patterns")) {
            reports.put(report, trading.owner().get("/api/v1/analytics/" + report + "?" + trading.custom()).expect(200));
            assertThat(reports.get(report).raw()).as(report).doesNotContain(trading.neighbourProduct());
        }
        // a leak would add the neighbour's saffron into every sum, so the sums are checked, not just the names
        reports.get("revenue").money("/totals/revenue", "1070.00");
        reports.get("payment-methods").money("/totalAmount", "1070.00");
        assertThat(rows(reports.get("sales-patterns").at("/byHour"), "hour", "revenue", "bills")).contains("0|315.00|1");
        assertThat(reports.get("top-products").at("/items").size()).isEqualTo(3);
    }

    /** Each item's fields joined with |, amounts as written on the wire. */
    static List<String> rows(JsonNode items, String... fields) {
        List<String> rows = new ArrayList<>();
        items.forEach(item -> rows.add(row(item, fields)));
        return rows;
    }

    static String row(JsonNode item, String... fields) {
        List<String> values = new ArrayList<>();
        for (String field : fields) {
            JsonNode value = item.path(field);
            values.add(value.isNumber() ? value.decimalValue().toPlainString() : value.asString());
        }
        return String.join("|", values);
    }
}
