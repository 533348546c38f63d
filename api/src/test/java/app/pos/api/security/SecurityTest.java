package app.pos.api.security;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.dec;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Api.productBody;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityTest extends IntegrationTest {

    private static Map<String, Object> settings(String storeName) {
        return map("storeName", storeName, "currencySymbol", "₹", "taxRate", dec("5.00"), "minStockDefault", 5,
                "allowNegativeStock", false);
    }

    @Test
    void noTokenIs401Unauthenticated() {
        new Api(http, null).get("/api/v1/products").problem(401, "UNAUTHENTICATED");
        new Api(http, null).post("/api/v1/sales", cashBill(line(UUID.randomUUID(), 1))).problem(401, "UNAUTHENTICATED");
    }

    @Test
    void aGarbageTokenIs401() {
        Response refused = new Api(http, "not.a.token").get("/api/v1/products").expect(401);
        refused.problem(401, refused.text("/code"));
        assertThat(refused.text("/code")).isIn("UNAUTHENTICATED", "INVALID_TOKEN");
    }

    @Test
    void aWrongPasswordIs401InvalidCredentials() {
        TestStore store = stores.open(null);
        new Api(http, null).post("/api/v1/auth/login",
                        map("email", store.emails().get(Role.OWNER), "password", "wrong-" + TestStores.PASSWORD))
                .problem(401, "INVALID_CREDENTIALS");
        new Api(http, null).post("/api/v1/auth/login", map("email", "nobody@test.local", "password", "x"))
                .problem(401, "INVALID_CREDENTIALS");
    }

    @Test
    void meReturnsTheUserWithRoleAndBusiness() {
        TestStore store = stores.open(null);
        Api cashier = Api.as(http, store, Role.CASHIER);
        cashier.get("/api/v1/auth/me").expect(200).has("/role", "CASHIER")
                .has("/businessId", store.businessId().toString())
                .has("/email", store.emails().get(Role.CASHIER));
    }

    @Test
    void loginAnswersTheContractsShape() {
        TestStore store = stores.open(null);
        store.token(http, Role.OWNER); // waits until the user can sign in
        Response login = new Api(http, null).post("/api/v1/auth/login",
                map("email", store.emails().get(Role.OWNER), "password", TestStores.PASSWORD)).expect(200);
        assertThat(login.text("/accessToken")).isNotBlank();
        assertThat(login.at("/expiresIn").asLong()).isPositive();
        login.has("/user/role", "OWNER").has("/user/businessId", store.businessId().toString());
    }

    @Test
    void theRoleMatrixDecidesWhoMayDoWhat() {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        UUID p = owner.createProduct("Pen", "10.00", 10);

        Api.as(http, store, Role.STAFF).sell(cashBill(line(p, 1))).problem(403, "NOT_ALLOWED");
        Api.as(http, store, Role.VIEWER).post("/api/v1/products", productBody("Ink", "5.00", 1))
                .problem(403, "NOT_ALLOWED");
        Api.as(http, store, Role.CASHIER).put("/api/v1/settings", settings("Cashier's shop"))
                .problem(403, "NOT_ALLOWED");
        Api.as(http, store, Role.MANAGER).put("/api/v1/settings", settings("Manager's shop"))
                .problem(403, "NOT_ALLOWED");
        owner.put("/api/v1/settings", settings("Owner's shop")).expect(200).has("/storeName", "Owner's shop");

        // and what they may do, they can
        Api.as(http, store, Role.STAFF).post("/api/v1/products/" + p + "/stock",
                map("type", "RESTOCK", "quantity", 1)).expect(200);
        Api.as(http, store, Role.VIEWER).get("/api/v1/products/" + p).expect(200);
        Api.as(http, store, Role.VIEWER).get("/api/v1/sales").expect(200);
        Api.as(http, store, Role.STAFF).get("/api/v1/sales").problem(403, "NOT_ALLOWED");
    }

    @Test
    void anotherStoresRecordsAre404AndNeverListed() {
        TestStore a = stores.open(null);
        TestStore b = stores.open(null);
        Api ownerA = Api.as(http, a, Role.OWNER);
        Api ownerB = Api.as(http, b, Role.OWNER);
        UUID productA = ownerA.createProduct("A's rice", "50.00", 10);
        UUID customerA = ownerA.createCustomer("A's customer", "1000.00");
        UUID saleA = ownerA.sell(map("customerId", customerA, "items", List.of(line(productA, 1)),
                "payments", List.of(Api.payment("CREDIT", "52.50")))).expect(201).id();
        ownerB.createProduct("B's rice", "55.00", 10);
        eventually(() -> {
            ownerA.get("/api/v1/sales/" + saleA).expect(200);
            ownerA.get("/api/v1/customers/" + customerA).expect(200);
            assertThat(ownerA.creditBalance(customerA)).isEqualByComparingTo("52.50");
        });

        ownerB.get("/api/v1/products/" + productA).problem(404, "PRODUCT_NOT_FOUND");
        ownerB.get("/api/v1/customers/" + customerA).problem(404, "CUSTOMER_NOT_FOUND");
        ownerB.get("/api/v1/sales/" + saleA).problem(404, "SALE_NOT_FOUND");
        ownerB.post("/api/v1/products/" + productA + "/stock", map("type", "RESTOCK", "quantity", 5))
                .problem(404, "PRODUCT_NOT_FOUND");
        ownerB.put("/api/v1/products/" + productA, productBody("Stolen", "1.00", 0)).problem(404, "PRODUCT_NOT_FOUND");
        ownerB.sell(cashBill(line(productA, 1))).problem(404, "PRODUCT_NOT_FOUND");
        ownerB.post("/api/v1/credit/payments", map("customerId", customerA, "amount", dec("10.00"),
                "paymentMethod", "CASH")).problem(404, "CUSTOMER_NOT_FOUND");
        ownerB.post("/api/v1/sales/" + saleA + "/approve", null).problem(404, "SALE_NOT_FOUND");

        eventually(() -> assertThat(ownerB.get("/api/v1/products?limit=200").expect(200).itemTexts("name"))
                .containsExactly("B's rice"));
        assertThat(ownerB.get("/api/v1/customers").expect(200).items()).isEmpty();
        assertThat(ownerB.get("/api/v1/sales").expect(200).items()).isEmpty();
        assertThat(ownerB.get("/api/v1/credit").expect(200).items()).isEmpty();
        assertThat(ownerB.get("/api/v1/credit/transactions").expect(200).items()).isEmpty();
        ownerB.get("/api/v1/credit/total").expect(200).money("/totalAmount", "0.00");
        ownerB.get("/api/v1/products/" + productA + "/stock-movements").problem(404, "PRODUCT_NOT_FOUND");
        assertThat(ownerA.commandSideStock(productA)).isEqualByComparingTo("9");
    }
}
