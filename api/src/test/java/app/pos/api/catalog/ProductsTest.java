package app.pos.api.catalog;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.pos.api.support.Api.dec;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Api.productBody;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class ProductsTest extends IntegrationTest {

    private TestStore store;
    private Api owner;

    @BeforeEach
    void openStore() {
        store = stores.open(null);
        owner = Api.as(http, store, Role.OWNER);
    }

    private Map<String, Object> fullProduct(String name) {
        return map("name", name, "sku", "SKU-" + name, "barcode", "890" + Math.abs(name.hashCode()),
                "category", "Grocery", "unit", "kg", "price", dec("62.50"), "costPrice", dec("55.00"),
                "taxRate", dec("12.00"), "stockQuantity", dec("7.5"), "minStockLevel", 2,
                "expiryDate", "2031-01-31");
    }

    @Test
    void creatingAProductAnswers201WithEveryFieldOfTheContract() {
        Response created = owner.post("/api/v1/products", fullProduct("Basmati")).expect(201);
        assertThat(created.json().propertyNames()).contains("id", "name", "sku", "barcode", "category", "unit",
                "price", "costPrice", "taxRate", "stockQuantity", "minStockLevel", "expiryDate", "status",
                "createdAt", "updatedAt");
        created.has("/name", "Basmati").has("/sku", "SKU-Basmati").has("/category", "Grocery")
                .has("/unit", "kg").money("/price", "62.50").money("/costPrice", "55.00")
                .has("/expiryDate", "2031-01-31").has("/status", "ACTIVE");
        assertThat(created.decimal("/taxRate")).isEqualByComparingTo("12");
        assertThat(created.decimal("/stockQuantity")).isEqualByComparingTo("7.5");
        assertThat(created.decimal("/minStockLevel")).isEqualByComparingTo("2");
    }

    @Test
    void piecesAreWrittenInLowerCase() {
        owner.post("/api/v1/products", productBody("Soap", "30.00", 3)).expect(201).has("/unit", "pcs");
    }

    @Test
    void aCreatedProductCanBeReadByIdAndByBarcode() {
        Map<String, Object> body = fullProduct("Atta");
        UUID id = owner.createProduct(body);
        eventually(() -> owner.get("/api/v1/products/" + id).expect(200).has("/name", "Atta").has("/unit", "kg"));
        owner.get("/api/v1/products/barcode/" + body.get("barcode")).expect(200).has("/id", id.toString());
        owner.get("/api/v1/products/barcode/000000").problem(404, "PRODUCT_NOT_FOUND");
    }

    @Test
    void anUnknownProductIs404ProductNotFound() {
        owner.get("/api/v1/products/" + UUID.randomUUID()).problem(404, "PRODUCT_NOT_FOUND");
        owner.post("/api/v1/products/" + UUID.randomUUID() + "/stock", map("type", "RESTOCK", "quantity", 1))
                .problem(404, "PRODUCT_NOT_FOUND");
    }

    @Test
    void productsAreSearchedFilteredSortedAndPaged() {
        owner.createProduct(map("name", "Green Tea", "unit", "pcs", "price", dec("120.00"), "category", "Drinks"));
        owner.createProduct(map("name", "Black Tea", "unit", "pcs", "price", dec("90.00"), "category", "Drinks"));
        owner.createProduct(map("name", "Tea Biscuit", "unit", "pcs", "price", dec("20.00"), "category", "Snacks"));
        owner.createProduct(map("name", "Coffee", "unit", "pcs", "price", dec("250.00"), "category", "Drinks"));
        UUID gone = owner.createProduct(map("name", "Old Tea", "unit", "pcs", "price", dec("10.00"), "category", "Drinks"));
        owner.delete("/api/v1/products/" + gone).expect(200);

        eventually(() -> assertThat(owner.get("/api/v1/products?status=DISCONTINUED").expect(200).itemTexts("name"))
                .containsExactly("Old Tea"));

        Response tea = owner.get("/api/v1/products?search=tea&sortBy=price&sortOrder=asc").expect(200);
        assertThat(tea.itemTexts("name")).containsExactly("Old Tea", "Tea Biscuit", "Black Tea", "Green Tea");

        Response drinks = owner.get("/api/v1/products?category=drinks&status=ACTIVE&sortBy=name&sortOrder=desc")
                .expect(200);
        assertThat(drinks.itemTexts("name")).containsExactly("Green Tea", "Coffee", "Black Tea");

        Response page2 = owner.get("/api/v1/products?sortBy=name&sortOrder=asc&page=2&limit=2").expect(200);
        assertThat(page2.itemTexts("name")).containsExactly("Green Tea", "Old Tea");
        assertThat(page2.at("/page/page").asInt()).isEqualTo(2);
        assertThat(page2.at("/page/limit").asInt()).isEqualTo(2);
        assertThat(page2.at("/page/total").asLong()).isEqualTo(5);
        assertThat(page2.at("/page/totalPages").asInt()).isEqualTo(3);
    }

    @Test
    void updatingAProductRevisesItsDetailsButNotItsStock() {
        UUID id = owner.createProduct("Milk", "28.00", 10);
        Map<String, Object> revised = map("name", "Milk 1L", "unit", "pcs", "price", dec("30.00"),
                "category", "Dairy", "stockQuantity", 999);
        owner.put("/api/v1/products/" + id, revised).expect(200).has("/name", "Milk 1L").money("/price", "30.00");
        eventually(() -> {
            Response read = owner.get("/api/v1/products/" + id).expect(200);
            read.has("/name", "Milk 1L").has("/category", "Dairy").money("/price", "30.00");
            assertThat(read.decimal("/stockQuantity")).isEqualByComparingTo("10");
        });
    }

    @Test
    void deletingAProductDiscontinuesIt() {
        UUID id = owner.createProduct("Bread", "40.00", 5);
        owner.delete("/api/v1/products/" + id).expect(200).has("/status", "DISCONTINUED");
        eventually(() -> owner.get("/api/v1/products/" + id).expect(200).has("/status", "DISCONTINUED"));
    }

    @Test
    void restockAndAdjustmentReportStockBeforeAndAfter() {
        UUID id = owner.createProduct("Eggs", "6.00", 10);
        Response restock = owner.post("/api/v1/products/" + id + "/stock",
                map("type", "RESTOCK", "quantity", 15, "reason", "supplier")).expect(200);
        assertThat(restock.json().propertyNames()).containsExactlyInAnyOrder("productId", "stockBefore", "stockAfter");
        restock.has("/productId", id.toString());
        assertThat(restock.decimal("/stockBefore")).isEqualByComparingTo("10");
        assertThat(restock.decimal("/stockAfter")).isEqualByComparingTo("25");

        Response adjust = owner.post("/api/v1/products/" + id + "/stock",
                map("type", "ADJUSTMENT", "quantity", -3, "reason", "broken")).expect(200);
        assertThat(adjust.decimal("/stockBefore")).isEqualByComparingTo("25");
        assertThat(adjust.decimal("/stockAfter")).isEqualByComparingTo("22");
        owner.awaitStock(id, "22");
    }

    @Test
    void everyStockChangeIsListedAsAMovement() {
        UUID id = owner.createProduct("Salt", "18.00", 10);
        owner.post("/api/v1/products/" + id + "/stock", map("type", "RESTOCK", "quantity", 5, "reason", "van"))
                .expect(200);
        owner.post("/api/v1/products/" + id + "/stock", map("type", "ADJUSTMENT", "quantity", -2, "reason", "wet"))
                .expect(200);
        UUID ownerId = UUID.fromString(owner.get("/api/v1/auth/me").expect(200).text("/id"));
        eventually(() -> {
            List<JsonNode> movements = owner.movements(id);
            assertThat(movements).hasSize(3);
            // newest first
            JsonNode adjustment = movements.get(0);
            assertThat(adjustment.path("movementType").asString()).isEqualTo("ADJUSTMENT");
            assertThat(adjustment.path("quantityChange").decimalValue()).isEqualByComparingTo("-2");
            assertThat(adjustment.path("stockBefore").decimalValue()).isEqualByComparingTo("15");
            assertThat(adjustment.path("stockAfter").decimalValue()).isEqualByComparingTo("13");
            assertThat(adjustment.path("notes").asString()).isEqualTo("wet");
            assertThat(adjustment.path("createdBy").asString()).isEqualTo(ownerId.toString());
            assertThat(adjustment.has("createdAt")).isTrue();
            assertThat(movements.get(1).path("movementType").asString()).isEqualTo("RESTOCK");
            assertThat(movements.get(1).path("quantityChange").decimalValue()).isEqualByComparingTo("5");
            assertThat(movements.get(2).path("movementType").asString()).isEqualTo("RESTOCK");
            assertThat(movements.get(2).path("stockAfter").decimalValue()).isEqualByComparingTo("10");
        });
    }

    @Test
    void anAdjustmentBelowZeroIs409NegativeStockAndChangesNothing() {
        UUID id = owner.createProduct("Oil", "150.00", 2);
        owner.post("/api/v1/products/" + id + "/stock", map("type", "ADJUSTMENT", "quantity", -3, "reason", "count"))
                .problem(409, "NEGATIVE_STOCK");
        assertThat(owner.commandSideStock(id)).isEqualByComparingTo("2");
    }

    @Test
    void aFractionalQuantityOfPiecesIs422() {
        UUID id = owner.createProduct("Candle", "5.00", 2);
        owner.post("/api/v1/products/" + id + "/stock", map("type", "RESTOCK", "quantity", dec("1.5")))
                .problem(422, "FRACTIONAL_QUANTITY");
        owner.post("/api/v1/products", map("name", "Half candle", "unit", "pcs", "price", dec("1.00"),
                "stockQuantity", dec("0.5"))).problem(422, "FRACTIONAL_QUANTITY");
    }

    @Test
    void lowStockListsActiveProductsUnderTheirMinimum() {
        UUID low = owner.createProduct(map("name", "Sugar", "unit", "kg", "price", dec("45.00"),
                "stockQuantity", 1, "minStockLevel", 5));
        owner.createProduct(map("name", "Rice", "unit", "kg", "price", dec("60.00"),
                "stockQuantity", 50, "minStockLevel", 5));
        eventually(() -> {
            Response list = owner.get("/api/v1/products/low-stock").expect(200);
            assertThat(list.itemTexts("id")).containsExactly(low.toString());
            assertThat(owner.get("/api/v1/products?lowStock=true").expect(200).itemTexts("id"))
                    .containsExactly(low.toString());
        });
    }

    @Test
    void expiringListsProductsInStockThatExpireWithinTheDays() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        UUID soon = owner.createProduct(map("name", "Curd", "unit", "pcs", "price", dec("25.00"),
                "stockQuantity", 4, "expiryDate", today.plusDays(2).toString()));
        owner.createProduct(map("name", "Cheese", "unit", "pcs", "price", dec("95.00"),
                "stockQuantity", 4, "expiryDate", today.plusDays(30).toString()));
        owner.createProduct(map("name", "Empty curd", "unit", "pcs", "price", dec("25.00"),
                "stockQuantity", 0, "expiryDate", today.plusDays(1).toString()));
        eventually(() -> {
            assertThat(owner.get("/api/v1/products/expiring?days=7").expect(200).itemTexts("id"))
                    .containsExactly(soon.toString());
            assertThat(owner.get("/api/v1/products/expiring?days=60").expect(200).itemTexts("name"))
                    .containsExactly("Curd", "Cheese");
        });
    }

    @Test
    void creatingTheSameIdTwiceGivesTheSameProductAndOneOpeningStock() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = productBody("Ghee", "500.00", 4);
        body.put("id", id);
        owner.post("/api/v1/products", body).expect(201).has("/id", id.toString());
        Response again = owner.post("/api/v1/products", body).expect(201);
        again.has("/id", id.toString());
        assertThat(again.decimal("/stockQuantity")).isEqualByComparingTo("4");
        assertThat(owner.commandSideStock(id)).isEqualByComparingTo("4");
        eventually(() -> assertThat(owner.movements(id).stream()
                .filter(m -> m.path("notes").asString().equals("Opening stock")).count()).isEqualTo(1));
    }

    @Test
    void creatingWithTheSameIdempotencyKeyTwiceGivesTheSameProduct() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = productBody("Paneer", "80.00", 6);
        UUID first = owner.post("/api/v1/products", body, key).expect(201).id();
        UUID second = owner.post("/api/v1/products", body, key).expect(201).id();
        assertThat(second).isEqualTo(first);
        assertThat(owner.commandSideStock(first)).isEqualByComparingTo("6");
        eventually(() -> {
            assertThat(owner.get("/api/v1/products?search=paneer").expect(200).items()).hasSize(1);
            assertThat(owner.movements(first)).hasSize(3); // opening stock + the two probe movements
        });
    }
}
