package app.pos.api.validation;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static app.pos.api.support.Api.dec;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

class BadInputTest extends IntegrationTest {

    private Api owner;
    private UUID product;

    @BeforeEach
    void openStore() {
        TestStore store = stores.open(null);
        owner = Api.as(http, store, Role.OWNER);
        product = owner.createProduct("Tea", "10.00", 10);
    }

    private static Response never5xx(Response response) {
        assertThat(response.status()).as("%s answered %s", response.request(), response.raw()).isLessThan(500);
        return response;
    }

    @Test
    void malformedJsonIs400MalformedRequest() {
        never5xx(owner.post("/api/v1/sales", "{\"items\": [ {\"productId\": ")).problem(400, "MALFORMED_REQUEST");
        never5xx(owner.post("/api/v1/products", "not json at all")).problem(400, "MALFORMED_REQUEST");
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheFieldPath() {
        String body = """
                {"items":[{"productId":"%s","quantity":"two"}],"paymentMethod":"CASH","amountPaid":100.00}"""
                .formatted(product);
        never5xx(owner.post("/api/v1/sales", body)).problem(400, "MALFORMED_REQUEST").hasErrorOn("items[0].quantity");
    }

    @Test
    void aMalformedUuidIs400NamingTheField() {
        String body = """
                {"items":[{"productId":"not-a-uuid","quantity":1}],"paymentMethod":"CASH","amountPaid":100.00}""";
        never5xx(owner.post("/api/v1/sales", body)).problem(400, "MALFORMED_REQUEST")
                .hasErrorOn("items[0].productId");
    }

    @Test
    void aBillWithoutItemsIs400NamingItems() {
        never5xx(owner.post("/api/v1/sales", map("paymentMethod", "CASH", "amountPaid", dec("10.00"))))
                .problem(400, "VALIDATION_FAILED").hasErrorOn("items");
        never5xx(owner.post("/api/v1/sales", map("items", List.of(), "paymentMethod", "CASH")))
                .problem(400, "VALIDATION_FAILED").hasErrorOn("items");
    }

    @Test
    void moneyWithThreeDecimalsIs400() {
        never5xx(owner.post("/api/v1/products", map("name", "X", "unit", "pcs", "price", dec("10.005"))))
                .problem(400, "VALIDATION_FAILED").hasErrorOn("price");
        never5xx(owner.post("/api/v1/sales", map("items", List.of(line(product, 1)), "paymentMethod", "CASH",
                "amountPaid", dec("20.001")))).problem(400, "VALIDATION_FAILED").hasErrorOn("amountPaid");
    }

    @Test
    void aNegativePriceIs400() {
        never5xx(owner.post("/api/v1/products", map("name", "X", "unit", "pcs", "price", dec("-1.00"))))
                .problem(400, "VALIDATION_FAILED").hasErrorOn("price");
    }

    @Test
    void aNegativeOrZeroQuantityIs400() {
        never5xx(owner.post("/api/v1/sales", Api.cashBill(line(product, 0))))
                .problem(400, "VALIDATION_FAILED").hasErrorOn("items[0].quantity");
        never5xx(owner.post("/api/v1/sales", Api.cashBill(line(product, -2))))
                .problem(400, "VALIDATION_FAILED").hasErrorOn("items[0].quantity");
    }

    @Test
    void anUnknownEnumValueIs400NamingTheField() {
        never5xx(owner.post("/api/v1/products", map("name", "X", "unit", "bucket", "price", dec("1.00"))))
                .problem(400, "MALFORMED_REQUEST").hasErrorOn("unit");
        never5xx(owner.post("/api/v1/sales", map("items", List.of(line(product, 1)), "paymentMethod", "BITCOIN",
                "amountPaid", dec("20.00")))).problem(400, "MALFORMED_REQUEST").hasErrorOn("paymentMethod");
    }

    @Test
    void aLimitOf1000Is400InvalidParameterNamingLimit() {
        never5xx(owner.get("/api/v1/products?limit=1000")).problem(400, "INVALID_PARAMETER").hasErrorOn("limit");
        never5xx(owner.get("/api/v1/sales?page=0")).problem(400, "INVALID_PARAMETER").hasErrorOn("page");
        never5xx(owner.get("/api/v1/sales?sortOrder=sideways")).problem(400, "INVALID_PARAMETER")
                .hasErrorOn("sortOrder");
    }

    @Test
    void badQueryParameterTypesAre400NotServerErrors() {
        never5xx(owner.get("/api/v1/products?limit=abc")).expect(400);
        never5xx(owner.get("/api/v1/sales?status=LOST")).expect(400);
        never5xx(owner.get("/api/v1/sales?dateFrom=yesterday")).expect(400);
        never5xx(owner.get("/api/v1/audit/events?from=yesterday")).expect(400).hasErrorOn("from");
        never5xx(owner.get("/api/v1/products/not-a-uuid")).expect(400);
        never5xx(owner.get("/api/v1/products/expiring?days=99999")).problem(400, "INVALID_PARAMETER");
    }

    @Test
    void nothingBadIsEverAServerError() {
        List<Object> bodies = List.of("", "[]", "null", "{}", "{\"items\":null}", "{\"items\":[null]}",
                "{\"items\":[{}]}", "{\"items\":\"x\"}", "{\"payments\":[{\"method\":\"CASH\"}]}", "123",
                "{\"items\":[{\"productId\":\"" + product + "\",\"quantity\":1e400}]}");
        for (Object body : bodies) {
            never5xx(owner.post("/api/v1/sales", body));
            never5xx(owner.post("/api/v1/products", body));
            never5xx(owner.post("/api/v1/customers", body));
            never5xx(owner.post("/api/v1/credit/payments", body));
            never5xx(owner.put("/api/v1/settings", body));
        }
    }
}
