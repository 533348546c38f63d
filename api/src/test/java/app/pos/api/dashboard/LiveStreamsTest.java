package app.pos.api.dashboard;

import app.pos.api.support.Api;
import app.pos.api.support.EventStream;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import app.pos.query.live.ExpiryWatch;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.dec;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class LiveStreamsTest extends IntegrationTest {

    private static final String SALES = "/api/v1/stream/sales";
    private static final String DASHBOARD = "/api/v1/stream/dashboard";

    @Autowired
    private QueryUpdateEmitter emitter;

    @Autowired
    private ExpiryWatch expiries;

    @Test
    void everyCompletedBillReachesTheSalesTickerWithItsTenders() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        Api cashier = Api.as(http, store, Role.CASHIER);
        UUID rice = owner.createProduct("Rice", "60.00", 50);
        owner.awaitStock(rice, "50");
        try (EventStream ticker = EventStream.open(http, SALES, owner.token())) {
            awaitConnected(ticker);
            String bill = cashier.sell(map("items", List.of(line(rice, 2)),
                    "payments", List.of(Api.payment("CASH", "100.00"), Api.payment("UPI", "26.00"))))
                    .expect(201).text("/billNumber");

            eventually(() -> assertThat(ticker.named("sale")).hasSize(1));
            var sale = ticker.named("sale").get(0);
            assertThat(sale.id()).isNotBlank();
            assertThat(sale.data().get("billNumber")).isEqualTo(bill);
            assertThat(money(sale.data().get("totalAmount"))).isEqualByComparingTo("126.00");
            assertThat(sale.data().get("items")).isEqualTo(1);
            assertThat((List<?>) sale.data().get("tenders")).hasSize(2);
        }
    }

    @Test
    void aReconnectingClientIsSentExactlyWhatItMissedThenCarriesOnLive() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        UUID tea = owner.createProduct("Tea", "10.00", 100);
        owner.awaitStock(tea, "100");
        String lastSeen;
        try (EventStream first = EventStream.open(http, SALES, owner.token())) {
            awaitConnected(first);
            owner.sell(cashBill(line(tea, 1))).expect(201);
            eventually(() -> assertThat(first.named("sale")).hasSize(1));
            lastSeen = first.lastId();
        }
        List<String> missed = new ArrayList<>();
        for (int i = 2; i <= 4; i++) {
            missed.add(owner.sell(cashBill(line(tea, i))).expect(201).text("/billNumber"));
        }
        try (EventStream again = EventStream.resume(http, SALES, owner.token(), lastSeen)) {
            eventually(() -> assertThat(again.named("sale")).hasSize(3));
            assertThat(again.data("sale")).extracting(sale -> sale.get("billNumber")).containsExactlyElementsOf(missed);
            String later = owner.sell(cashBill(line(tea, 1))).expect(201).text("/billNumber");
            eventually(() -> assertThat(again.data("sale")).extracting(sale -> sale.get("billNumber"))
                    .containsExactly(missed.get(0), missed.get(1), missed.get(2), later));
            List<Long> ids = again.named("sale").stream().map(sale -> Long.parseLong(sale.id())).toList();
            assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(id -> id > Long.parseLong(lastSeen));
        }
    }

    @Test
    void aProductFallingBelowItsMinimumRaisesOneAlert() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        UUID sugar = owner.createProduct(map("name", "Sugar", "unit", "kg", "price", dec("40.00"),
                "stockQuantity", 12, "minStockLevel", 10));
        owner.awaitStock(sugar, "12");
        try (EventStream dashboard = EventStream.open(http, DASHBOARD, owner.token())) {
            awaitConnected(dashboard);
            owner.sell(cashBill(line(sugar, 2))).expect(201);
            owner.sell(cashBill(line(sugar, 1))).expect(201);
            owner.sell(cashBill(line(sugar, 1))).expect(201);
            eventually(() -> assertThat(dashboard.billsCounts()).last().isEqualTo(3L));
            eventually(() -> assertThat(dashboard.named("alert")).hasSize(1));
            Map<String, Object> alert = dashboard.data("alert").get(0);
            assertThat(alert.get("kind")).isEqualTo("LOW_STOCK");
            assertThat(alert.get("productId")).isEqualTo(sugar.toString());
            assertThat(money(alert.get("currentStock"))).isEqualByComparingTo("9");
            assertThat(money(alert.get("minStock"))).isEqualByComparingTo("10");
            assertThat(alert.get("unit")).isEqualTo("kg");
        }
    }

    @Test
    void stockNearingItsExpiryRaisesAnAlertOnceHoweverOftenItIsNoticed() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        try (EventStream dashboard = EventStream.open(http, DASHBOARD, owner.token())) {
            awaitConnected(dashboard);
            UUID milk = owner.createProduct(map("name", "Milk", "unit", "pcs", "price", dec("30.00"),
                    "stockQuantity", 8, "minStockLevel", 1, "expiryDate", today.plusDays(3).toString()));
            owner.createProduct(map("name", "Honey", "unit", "pcs", "price", dec("300.00"),
                    "stockQuantity", 8, "minStockLevel", 1, "expiryDate", today.plusDays(300).toString()));
            eventually(() -> assertThat(dashboard.named("alert")).hasSize(1));
            owner.awaitStock(milk, "8");
            expiries.sweep();
            Map<String, Object> alert = dashboard.data("alert").get(0);
            assertThat(alert.get("kind")).isEqualTo("EXPIRING");
            assertThat(alert.get("name")).isEqualTo("Milk");
            assertThat(alert.get("expiryDate")).isEqualTo(today.plusDays(3).toString());
            assertThat(alert.get("daysLeft")).isEqualTo(3);
            Api.pause(300);
            assertThat(dashboard.named("alert")).hasSize(1);
        }
    }

    @Test
    void approversHearOfDecisionsAndOthersDoNot() {
        TestStore store = stores.open("500.00");
        Api owner = Api.as(http, store, Role.OWNER);
        Api manager = Api.as(http, store, Role.MANAGER);
        Api cashier = Api.as(http, store, Role.CASHIER);
        UUID tv = owner.createProduct("TV", "1000.00", 10);
        owner.awaitStock(tv, "10");
        try (EventStream owners = EventStream.open(http, DASHBOARD, owner.token());
             EventStream managers = EventStream.open(http, DASHBOARD, manager.token())) {
            awaitConnected(owners);
            awaitConnected(managers);
            UUID sale = cashier.sell(cashBill(line(tv, 1))).expect(202).id();
            eventually(() -> assertThat(owners.names()).contains("approval-requested"));
            owner.post("/api/v1/sales/" + sale + "/approve", map("notes", "ok")).expect(200);

            eventually(() -> assertThat(owners.named("approval-decided")).hasSize(1));
            Map<String, Object> decision = owners.data("approval-decided").get(0);
            assertThat(decision.get("saleId")).isEqualTo(sale.toString());
            assertThat(decision.get("decision")).isEqualTo("APPROVED");
            assertThat(decision.get("notes")).isEqualTo("ok");
            eventually(() -> assertThat(managers.billsCounts()).last().isEqualTo(1L));
            assertThat(managers.names()).doesNotContain("approval-requested", "approval-decided");
        }
    }

    @Test
    void aBurstOfSalesIsCoalescedButTheLastFiguresAlwaysArrive() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        UUID pen = owner.createProduct("Pen", "10.00", 500);
        owner.awaitStock(pen, "500");
        try (EventStream dashboard = EventStream.open(http, DASHBOARD, owner.token())) {
            awaitConnected(dashboard);
            int bills = 40;
            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<Thread> tills = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread till = new Thread(() -> {
                    try {
                        for (int i = 0; i < bills / 4; i++) {
                            owner.sell(cashBill(line(pen, 1))).expect(201);
                        }
                    } catch (Throwable failure) {
                        failures.add(failure);
                    }
                });
                till.start();
                tills.add(till);
            }
            tills.forEach(LiveStreamsTest::join);
            assertThat(failures).isEmpty();
            eventually(() -> assertThat(dashboard.billsCounts()).last().isEqualTo((long) bills));
            assertThat(dashboard.named("dashboard").size()).isLessThan(bills);
        }
    }

    @Test
    void closedStreamsLeaveNoSubscriptionBehind() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        List<EventStream> watchers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            watchers.add(EventStream.open(http, i % 2 == 0 ? DASHBOARD : SALES, owner.token()));
        }
        watchers.forEach(LiveStreamsTest::awaitConnected);
        assertThat(subscriptionsOf(store)).isEqualTo(1);
        watchers.forEach(EventStream::close);
        eventually(() -> assertThat(subscriptionsOf(store)).isZero());
    }

    @Test
    void aThousandIdleWatchersCostNoThreadsAndAllHearTheNextSale() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        UUID soap = owner.createProduct("Soap", "25.00", 10);
        owner.awaitStock(soap, "10");
        WebTestClient manyConnections = clientForManyStreams();
        int threadsBefore = Thread.activeCount();
        List<EventStream> watchers = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                watchers.add(EventStream.open(manyConnections, SALES, owner.token()));
            }
            eventually(() -> assertThat(watchers).allMatch(EventStream::listening));
            assertThat(Thread.activeCount() - threadsBefore).isLessThan(20);

            owner.sell(cashBill(line(soap, 1))).expect(201);
            eventually(() -> assertThat(watchers).allMatch(watcher -> watcher.named("sale").size() == 1));
        } finally {
            watchers.forEach(EventStream::close);
        }
        eventually(() -> assertThat(subscriptionsOf(store)).isZero());
    }

    @Test
    void aLastEventIdThatIsNotOneOfOursIsRefused() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        owner.send(org.springframework.http.HttpMethod.GET, SALES, null, headers -> headers.set("Last-Event-ID", "abc"))
                .problem(400, "INVALID_EVENT_ID").hasErrorOn("Last-Event-ID");
        owner.get(DASHBOARD + "?lastEventId=-4").problem(400, "INVALID_EVENT_ID").hasErrorOn("lastEventId");
    }

    @Test
    void aTokenInTheAddressOpensTheStreamsAndNothingElse() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        Api anonymous = new Api(http, null);
        anonymous.get("/api/v1/dashboard?access_token=" + owner.token()).problem(401, "UNAUTHENTICATED");
        // asking for an event stream does not make any endpoint take the token from the address
        http.get().uri("/api/v1/dashboard?access_token=" + owner.token()).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isUnauthorized();
        // curl and other plain clients ask for */*, not for text/event-stream
        http.get().uri(SALES + "?access_token=" + owner.token()).accept(MediaType.ALL).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(String.class).getResponseBody().subscribe().dispose();
        try (EventStream stream = EventStream.open(http, DASHBOARD, owner.token())) {
            awaitConnected(stream);
        }
    }

    @Test
    void someoneWithoutTheDashboardCannotWatchTheTicker() {
        TestStore store = stores.open(null);
        Api auditor = Api.as(http, store, Role.AUDITOR);
        auditor.get(SALES).problem(403, "NOT_ALLOWED");
    }

    /** Every stream holds its own connection, as a thousand browsers would. */
    private WebTestClient clientForManyStreams() {
        HttpClient unpooled = HttpClient.create(ConnectionProvider.newConnection());
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(unpooled)).baseUrl(baseUrl())
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private long subscriptionsOf(TestStore store) {
        return emitter.activeSubscriptions().stream()
                .filter(query -> query.getPayload() instanceof app.pos.kernel.dashboard.WatchDashboard watch
                        && watch.businessId().equals(store.businessId()))
                .count();
    }

    private static void awaitConnected(EventStream stream) {
        eventually(() -> assertThat(stream.listening()).isTrue());
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(String.valueOf(value));
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
