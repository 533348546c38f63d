package app.pos.api.settings;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.dec;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest extends IntegrationTest {

    private Api owner;
    private Api cashier;

    @BeforeEach
    void openStore() {
        TestStore store = stores.open(null);
        owner = Api.as(http, store, Role.OWNER);
        cashier = Api.as(http, store, Role.CASHIER);
    }

    private static Map<String, Object> settings() {
        return map("storeName", "Sharma General Store", "contactNumber", "+91 99999 00000",
                "address", "12 MG Road", "currencySymbol", "Rs", "taxRate", dec("18.00"), "minStockDefault", 3,
                "approvalThreshold", dec("2500.00"), "allowNegativeStock", true,
                "receiptHeader", "Welcome", "receiptFooter", "Thank you", "timeZone", "Asia/Dubai");
    }

    @Test
    void theSettingsReadBackAsTheyWereWritten() {
        Response initial = owner.get("/api/v1/settings").expect(200);
        initial.has("/currencySymbol", "₹").has("/timeZone", "Asia/Kolkata");
        assertThat(initial.at("/approvalThreshold").isNull() || initial.at("/approvalThreshold").isMissingNode())
                .isTrue();

        owner.put("/api/v1/settings", settings()).expect(200).has("/storeName", "Sharma General Store");
        eventually(() -> {
            Response read = owner.get("/api/v1/settings").expect(200);
            read.has("/storeName", "Sharma General Store").has("/contactNumber", "+91 99999 00000")
                    .has("/address", "12 MG Road").has("/currencySymbol", "Rs")
                    .money("/approvalThreshold", "2500.00")
                    .has("/receiptHeader", "Welcome").has("/receiptFooter", "Thank you")
                    .has("/timeZone", "Asia/Dubai");
            assertThat(read.decimal("/taxRate")).isEqualByComparingTo("18");
            assertThat(read.decimal("/minStockDefault")).isEqualByComparingTo("3");
            assertThat(read.at("/allowNegativeStock").asBoolean()).isTrue();
        });
    }

    @Test
    void theNewTaxRateAppliesToTheNextBill() {
        UUID p = owner.createProduct("Shirt", "100.00", 5);
        owner.sell(cashBill(line(p, 1))).expect(201).money("/taxAmount", "5.00").money("/totalAmount", "105.00");
        owner.put("/api/v1/settings", settings()).expect(200);
        owner.sell(cashBill(line(p, 1))).expect(201).money("/taxAmount", "18.00").money("/totalAmount", "118.00");
    }

    @Test
    void aNewApprovalThresholdAppliesToTheCashiersNextBill() {
        UUID phone = owner.createProduct("Phone", "3000.00", 5);
        cashier.sell(cashBill(line(phone, 1))).expect(201).has("/status", "COMPLETED");
        owner.put("/api/v1/settings", settings()).expect(200);
        cashier.sell(cashBill(line(phone, 1))).expect(202).has("/status", "PENDING_APPROVAL");
    }

    @Test
    void anUnknownTimeZoneIs422() {
        Map<String, Object> body = settings();
        body.put("timeZone", "Mars/Olympus_Mons");
        owner.put("/api/v1/settings", body).problem(422, "INVALID_TIME_ZONE");
        owner.get("/api/v1/settings").expect(200).has("/timeZone", "Asia/Kolkata");
    }

    @Test
    void aTaxRateOf150Is400() {
        Map<String, Object> body = settings();
        body.put("taxRate", dec("150.00"));
        owner.put("/api/v1/settings", body).problem(400, "VALIDATION_FAILED").hasErrorOn("taxRate");
    }

    @Test
    void aStoreWithoutANameIs400() {
        Map<String, Object> body = settings();
        body.put("storeName", "");
        owner.put("/api/v1/settings", body).problem(400, "VALIDATION_FAILED").hasErrorOn("storeName");
    }
}
