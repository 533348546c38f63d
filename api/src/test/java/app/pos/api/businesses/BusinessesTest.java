package app.pos.api.businesses;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static app.pos.api.support.Api.map;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The platform hosting many businesses (A3): its admin opens them, owners run them, neither sees across. */
class BusinessesTest extends IntegrationTest {

    private static final String OWNER_PASSWORD = "Chai-And-Samosa-77";

    private Api admin;
    private Api anonymous;

    @BeforeEach
    void signIn() {
        admin = new Api(http, TestStores.platformAdminToken(http));
        anonymous = new Api(http, null);
    }

    @Test
    void theAdminRegistersABusinessWhoseOwnerSignsInToIt() {
        String email = "lakshmi-" + UUID.randomUUID() + "@test.local";
        Response created = admin.post("/api/v1/businesses", business("Lakshmi Provisions", email, OWNER_PASSWORD))
                .expect(201).has("/storeName", "Lakshmi Provisions").has("/owner/email", email);
        UUID businessId = created.id();

        Response login = eventually(() -> anonymous.post("/api/v1/auth/login",
                map("email", email, "password", OWNER_PASSWORD)), response -> response.status() == 200);
        login.expect(200).has("/user/role", "OWNER").has("/user/businessId", businessId.toString());
        Api owner = new Api(http, login.text("/accessToken"));
        eventually(() -> owner.get("/api/v1/settings").expect(200).has("/storeName", "Lakshmi Provisions")
                .has("/timeZone", "Asia/Kolkata"));
        owner.createProduct("Jaggery 1kg", "80.00", 10);

        eventually(() -> assertThat(admin.get("/api/v1/businesses?search=lakshmi&limit=200").expect(200)
                .itemTexts("id")).contains(businessId.toString()));
        admin.get("/api/v1/businesses/" + businessId).expect(200).has("/staffCount", "1");
    }

    @Test
    void theAdminSeesNoBusinessesTradeAndOwnersSeeNoOtherBusiness() {
        admin.get("/api/v1/products").problem(403, "NOT_ALLOWED");
        admin.get("/api/v1/sales").problem(403, "NOT_ALLOWED");
        admin.get("/api/v1/audit/events").problem(403, "NOT_ALLOWED");
        admin.get("/api/v1/staff").problem(403, "NOT_ALLOWED");
        Api owner = new Api(http, stores.open(null).token(http, Role.OWNER));
        owner.get("/api/v1/businesses").problem(403, "NOT_ALLOWED");
        owner.post("/api/v1/businesses", business("Takeover", "x-" + UUID.randomUUID() + "@test.local",
                OWNER_PASSWORD)).problem(403, "NOT_ALLOWED");
    }

    @Test
    void aRegistrationIsWholeOrNothing() {
        String taken = "taken-" + UUID.randomUUID() + "@test.local";
        admin.post("/api/v1/businesses", business("First Store", taken, OWNER_PASSWORD)).expect(201);
        UUID refused = UUID.randomUUID();
        Map<String, Object> second = business("Second Store", taken, OWNER_PASSWORD);
        second.put("id", refused.toString());
        admin.post("/api/v1/businesses", second).problem(409, "EMAIL_TAKEN");

        admin.get("/api/v1/businesses/" + refused).problem(404, "BUSINESS_NOT_FOUND");
        second.put("owner", Map.of("email", "fresh-" + UUID.randomUUID() + "@test.local", "fullName", "Fresh",
                "password", OWNER_PASSWORD));
        admin.post("/api/v1/businesses", second).expect(201);
    }

    @Test
    void repeatingARegistrationChangesNothingButAnotherUnderTheSameIdIsRefused() {
        String email = "repeat-" + UUID.randomUUID() + "@test.local";
        Map<String, Object> request = business("Repeat Store", email, OWNER_PASSWORD);
        request.put("id", UUID.randomUUID().toString());
        UUID first = admin.post("/api/v1/businesses", request).expect(201).id();
        assertThat(admin.post("/api/v1/businesses", request).expect(201).id()).isEqualTo(first);

        request.put("owner", Map.of("email", "someone-else-" + UUID.randomUUID() + "@test.local", "fullName", "X",
                "password", OWNER_PASSWORD));
        admin.post("/api/v1/businesses", request).problem(409, "BUSINESS_ALREADY_REGISTERED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void badRegistrationsNameTheField() {
        admin.post("/api/v1/businesses", business("Weak", "weak-" + UUID.randomUUID() + "@test.local", "kirana1"))
                .problem(400, "WEAK_PASSWORD").hasErrorOn("owner.password");
        Map<String, Object> noName = business(" ", "noname@test.local", OWNER_PASSWORD);
        admin.post("/api/v1/businesses", noName).expect(400).hasErrorOn("store.storeName");
        Map<String, Object> badZone = business("Zone", "zone-" + UUID.randomUUID() + "@test.local", OWNER_PASSWORD);
        ((Map<String, Object>) badZone.get("store")).put("timeZone", "Mars/Olympus");
        admin.post("/api/v1/businesses", badZone).problem(422, "INVALID_TIME_ZONE");
    }

    @Test
    void selfSignupOpensABusinessForItsOwnerWhenTheServerAllowsIt() {
        String email = "signup-" + UUID.randomUUID() + "@test.local";
        Map<String, Object> request = business("Corner Shop", email, OWNER_PASSWORD);
        UUID chosenByTheStranger = UUID.randomUUID();
        request.put("id", chosenByTheStranger.toString());
        UUID id = anonymous.post("/api/v1/businesses/signup", request).expect(201).id();
        assertThat(id).isNotEqualTo(chosenByTheStranger);
        eventually(() -> anonymous.post("/api/v1/auth/login", map("email", email, "password", OWNER_PASSWORD))
                .expect(200).has("/user/businessId", id.toString()));
    }

    private static Map<String, Object> business(String name, String ownerEmail, String password) {
        Map<String, Object> store = map("storeName", name, "currencySymbol", "₹", "taxRate", Api.dec("5.00"),
                "timeZone", "Asia/Kolkata", "allowNegativeStock", false);
        return map("store", store, "owner", map("email", ownerEmail, "fullName", name + " Owner",
                "password", password));
    }
}
