package app.pos.api.dashboard;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.EventStream;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.dec;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardTest extends IntegrationTest {

    private EventStream dashboardStream(Api who) {
        return EventStream.open(http, "/api/v1/stream/dashboard", who.token());
    }

    @Test
    void theDashboardHasSeed001sShape() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        UUID low = owner.createProduct(map("name", "Sugar", "unit", "kg", "price", dec("40.00"),
                "stockQuantity", 10, "minStockLevel", 5));
        owner.createProduct(map("name", "Milk", "unit", "pcs", "price", dec("30.00"), "stockQuantity", 10,
                "minStockLevel", 1, "expiryDate", today.plusDays(2).toString()));
        UUID customer = owner.createCustomer("Asha", "1000.00");
        owner.sell(cashBill(line(low, 6))).expect(201).money("/totalAmount", "252.00");
        owner.sell(map("customerId", customer, "items", List.of(line(low, 1)),
                "payments", List.of(Api.payment("CREDIT", "42.00")))).expect(201);

        eventually(() -> {
            Response dashboard = owner.get("/api/v1/dashboard").expect(200);
            dashboard.money("/todaySales/totalAmount", "294.00");
            assertThat(dashboard.at("/todaySales/billsCount").asLong()).isEqualTo(2);
            assertThat(dashboard.at("/todaySales/cashSales").asLong()).isEqualTo(1);
            assertThat(dashboard.at("/todaySales/creditSales").asLong()).isEqualTo(1);
            dashboard.money("/creditOutstanding/totalAmount", "42.00");
            assertThat(dashboard.at("/creditOutstanding/customersCount").asLong()).isEqualTo(1);
            assertThat(dashboard.at("/inventory/activeProducts").asLong()).isEqualTo(2);
            assertThat(dashboard.at("/inventory/lowStockCount").asLong()).isEqualTo(1);
            assertThat(dashboard.at("/inventory/expiringCount").asLong()).isEqualTo(1);
            assertThat(dashboard.at("/customers/total").asLong()).isEqualTo(1);
            assertThat(dashboard.at("/alerts/lowStock/0/name").asString()).isEqualTo("Sugar");
            assertThat(dashboard.at("/alerts/lowStock/0/currentStock").decimalValue()).isEqualByComparingTo("3");
            assertThat(dashboard.at("/alerts/lowStock/0/unit").asString()).isEqualTo("kg");
            assertThat(dashboard.at("/alerts/expiring/0/name").asString()).isEqualTo("Milk");
            assertThat(dashboard.at("/alerts/expiring/0/daysLeft").asLong()).isEqualTo(2);
        });
    }

    @Test
    void theStreamSendsTheDashboardOnConnectAndAgainAfterASale() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        UUID p = owner.createProduct("Bread", "40.00", 10);
        try (EventStream stream = dashboardStream(owner)) {
            eventually(() -> assertThat(stream.names()).first().isEqualTo("dashboard"));
            assertThat(stream.billsCounts().get(0)).isZero();
            owner.sell(cashBill(line(p, 1))).expect(201);
            eventually(() -> assertThat(stream.billsCounts()).contains(1L));
        }
    }

    @Test
    void ownersButNotCashiersHearOfBillsWaitingForApproval() {
        TestStore store = stores.open("500.00");
        Api owner = Api.as(http, store, Role.OWNER);
        Api cashier = Api.as(http, store, Role.CASHIER);
        UUID tv = owner.createProduct("TV", "1000.00", 10);
        UUID pen = owner.createProduct("Pen", "10.00", 10);
        owner.awaitStock(pen, "10");
        try (EventStream owners = dashboardStream(owner); EventStream cashiers = dashboardStream(cashier)) {
            eventually(() -> {
                assertThat(owners.names()).first().isEqualTo("dashboard");
                assertThat(cashiers.names()).first().isEqualTo("dashboard");
            });
            UUID pending = cashier.sell(cashBill(line(tv, 1))).expect(202).id();
            eventually(() -> assertThat(owners.names()).contains("approval-requested"));
            var request = owners.events.stream().filter(e -> "approval-requested".equals(e.event())).findFirst()
                    .orElseThrow();
            assertThat(request.data().get("saleId")).isEqualTo(pending.toString());
            assertThat(new java.math.BigDecimal(String.valueOf(request.data().get("totalAmount"))))
                    .isEqualByComparingTo("1050.00");

            // a later sale reaches the cashier's stream, so the approval request would have too
            cashier.sell(cashBill(line(pen, 1))).expect(201);
            eventually(() -> assertThat(cashiers.billsCounts()).contains(1L));
            Api.pause(300);
            assertThat(cashiers.names()).doesNotContain("approval-requested");
        }
    }

    @Test
    void aStoresStreamNeverCarriesAnotherStoresEvents() {
        TestStore a = stores.open("500.00");
        TestStore b = stores.open("500.00");
        Api ownerA = Api.as(http, a, Role.OWNER);
        Api cashierA = Api.as(http, a, Role.CASHIER);
        Api ownerB = Api.as(http, b, Role.OWNER);
        UUID tv = ownerA.createProduct("TV", "1000.00", 10);
        UUID pen = ownerA.createProduct("Pen", "10.00", 10);
        UUID bPen = ownerB.createProduct("B's pen", "10.00", 10);
        ownerA.awaitStock(pen, "10");
        ownerB.awaitStock(bPen, "10");
        try (EventStream streamA = dashboardStream(ownerA); EventStream streamB = dashboardStream(ownerB)) {
            eventually(() -> assertThat(streamB.names()).first().isEqualTo("dashboard"));
            cashierA.sell(cashBill(line(tv, 1))).expect(202);
            cashierA.sell(cashBill(line(pen, 1))).expect(201);
            eventually(() -> {
                assertThat(streamA.names()).contains("approval-requested");
                assertThat(streamA.billsCounts()).contains(1L);
            });
            Api.pause(600);
            // whatever B's stream sent meanwhile (if anything) shows B's own, unchanged figures
            assertThat(streamB.names()).containsOnly("dashboard");
            assertThat(streamB.billsCounts()).containsOnly(0L);

            ownerB.sell(cashBill(line(bPen, 1))).expect(201);
            eventually(() -> assertThat(streamB.billsCounts()).last().isEqualTo(1L));
            assertThat(streamB.names()).doesNotContain("approval-requested");
        }
    }
}
