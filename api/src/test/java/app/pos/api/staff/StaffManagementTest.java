package app.pos.api.staff;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** An owner running a team (A2): people, roles, permissions and passwords, each change on the record. */
class StaffManagementTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "Mango-Lassi-Till-42";

    private TestStore store;
    private Api owner;
    private Api anonymous;

    @BeforeEach
    void aStore() {
        store = stores.open(null);
        owner = new Api(http, store.token(http, Role.OWNER));
        anonymous = new Api(http, null);
    }

    @Test
    void theOwnerAddsACashierWhoCanThenSignInAndSell() {
        String email = "meena-" + UUID.randomUUID() + "@test.local";
        Response created = owner.post("/api/v1/staff", map("email", email, "fullName", "Meena Iyer",
                "role", "CASHIER", "password", NEW_PASSWORD, "pin", "4071")).expect(201);
        assertThat(created.text("/role")).isEqualTo("CASHIER");
        assertThat(created.at("/active").booleanValue()).isTrue();
        assertThat(created.at("/hasPin").booleanValue()).isTrue();
        assertThat(texts(created.at("/permissions"))).contains("SALE_CREATE").doesNotContain("STAFF_MANAGE");
        UUID id = created.id();

        eventually(() -> assertThat(owner.get("/api/v1/staff?search=meena").expect(200).itemTexts("id"))
                .containsExactly(id.toString()));
        assertThat(owner.get("/api/v1/staff/" + id).expect(200).at("/hasPin").booleanValue()).isTrue();
        Api meena = signIn(email, NEW_PASSWORD);
        UUID salt = owner.createProduct("Salt 1kg", "22.00", 10);
        meena.sell(cashBill(line(salt, 1))).expect(201);
    }

    @Test
    void weakPasswordsAndPinsAreRefusedNamingTheField() {
        owner.post("/api/v1/staff", map("email", "weak@test.local", "fullName", "Weak Password", "role", "CASHIER",
                "password", "password123")).problem(400, "WEAK_PASSWORD").hasErrorOn("password");
        owner.post("/api/v1/staff", map("email", "short@test.local", "fullName", "Short", "role", "CASHIER",
                "password", "Xy7!")).problem(400, "WEAK_PASSWORD").hasErrorOn("password");
        owner.post("/api/v1/staff", map("email", "pin@test.local", "fullName", "Pin Run", "role", "CASHIER",
                "password", NEW_PASSWORD, "pin", "1234")).problem(400, "WEAK_PIN").hasErrorOn("pin");
        owner.post("/api/v1/staff", map("email", "role@test.local", "fullName", "No Such Role", "role", "KING",
                "password", NEW_PASSWORD)).expect(400);
        assertThat(owner.get("/api/v1/staff?search=test.local&limit=50").expect(200).itemTexts("email"))
                .noneMatch(email -> email.startsWith("weak@") || email.startsWith("pin@"));
    }

    @Test
    void deactivatingSomeoneEndsTheirSessionsAtOnceAndReactivatingLetsThemBackIn() {
        Response login = loginAs(Role.CASHIER);
        Api cashier = new Api(http, login.text("/accessToken"));
        UUID id = UUID.fromString(login.text("/user/id"));
        cashier.get("/api/v1/auth/me").expect(200);

        assertThat(owner.post("/api/v1/staff/" + id + "/deactivate", null).expect(200).at("/active").booleanValue())
                .isFalse();
        cashier.get("/api/v1/auth/me").problem(401, "UNAUTHENTICATED");
        anonymous.post("/api/v1/auth/refresh", map("refreshToken", login.text("/refreshToken")))
                .expect(401);
        eventually(() -> anonymous.post("/api/v1/auth/login", credentials(Role.CASHIER))
                .problem(401, "INVALID_CREDENTIALS"));

        owner.post("/api/v1/staff/" + id + "/reactivate", null).expect(200).has("/active", "true");
        eventually(() -> anonymous.post("/api/v1/auth/login", credentials(Role.CASHIER)).expect(200));
    }

    @Test
    void aNewRoleAppliesFromTheNextSignInAndTheOldTokenStopsWorking() {
        Response login = loginAs(Role.CASHIER);
        Api cashier = new Api(http, login.text("/accessToken"));
        UUID id = UUID.fromString(login.text("/user/id"));

        owner.put("/api/v1/staff/" + id + "/role", map("role", "VIEWER")).expect(200).has("/role", "VIEWER");
        cashier.get("/api/v1/auth/me").problem(401, "UNAUTHENTICATED");

        Response again = eventually(() -> loginAs(Role.CASHIER), response -> "VIEWER".equals(response.text("/user/role")));
        assertThat(again.text("/user/role")).isEqualTo("VIEWER");
        Api viewer = new Api(http, again.text("/accessToken"));
        assertThat(texts(viewer.get("/api/v1/auth/permissions").expect(200).at("/permissions")))
                .doesNotContain("SALE_CREATE");
        UUID tea = owner.createProduct("Tea 250g", "120.00", 5);
        viewer.sell(cashBill(line(tea, 1))).problem(403, "NOT_ALLOWED");
    }

    @Test
    void grantsAndRevokesChangeWhatOnePersonMayDo() {
        UUID cashierId = UUID.fromString(loginAs(Role.CASHIER).text("/user/id"));

        Response granted = owner.post("/api/v1/staff/" + cashierId + "/permissions",
                map("permission", "BILL_APPROVE", "action", "GRANT")).expect(200);
        assertThat(texts(granted.at("/granted"))).containsExactly("BILL_APPROVE");
        assertThat(texts(granted.at("/permissions"))).contains("BILL_APPROVE");

        Response revoked = owner.post("/api/v1/staff/" + cashierId + "/permissions",
                map("permission", "SALE_CREATE", "action", "REVOKE")).expect(200);
        assertThat(texts(revoked.at("/revoked"))).containsExactly("SALE_CREATE");
        assertThat(texts(revoked.at("/permissions"))).contains("BILL_APPROVE").doesNotContain("SALE_CREATE");

        Api cashier = eventually(() -> new Api(http, loginAs(Role.CASHIER).text("/accessToken")),
                api -> {
                    List<String> mine = texts(api.get("/api/v1/auth/permissions").expect(200).at("/permissions"));
                    return mine.contains("BILL_APPROVE") && !mine.contains("SALE_CREATE");
                });
        assertThat(cashier.post("/api/v1/auth/permissions/check", map("permission", "SALE_CREATE")).expect(200)
                .at("/granted").booleanValue()).isFalse();
        eventually(() -> {
            JsonNode listed = owner.get("/api/v1/staff?role=CASHIER").expect(200).items().get(0);
            assertThat(texts(listed.get("granted"))).containsExactly("BILL_APPROVE");
            assertThat(texts(listed.get("revoked"))).containsExactly("SALE_CREATE");
        });
        UUID tea = owner.createProduct("Tea 500g", "220.00", 5);
        cashier.sell(cashBill(line(tea, 1))).problem(403, "NOT_ALLOWED");

        owner.post("/api/v1/staff/" + cashierId + "/permissions", map("permission", "PROJECTION_REBUILD",
                "action", "GRANT")).problem(422, "PERMISSION_NOT_GRANTABLE");
        owner.post("/api/v1/staff/" + cashierId + "/permissions", map("permission", "FLY", "action", "GRANT"))
                .expect(400);
    }

    @Test
    void managersManageStaffOnlyWhenGrantedAndNeverTouchOwners() {
        Response managerLogin = loginAs(Role.MANAGER);
        UUID managerId = UUID.fromString(managerLogin.text("/user/id"));
        new Api(http, managerLogin.text("/accessToken")).get("/api/v1/staff").problem(403, "NOT_ALLOWED");

        owner.post("/api/v1/staff/" + managerId + "/permissions", map("permission", "STAFF_MANAGE", "action", "GRANT"))
                .expect(200);
        Api manager = eventually(() -> new Api(http, loginAs(Role.MANAGER).text("/accessToken")),
                api -> api.get("/api/v1/staff").status() == 200);
        UUID ownerId = UUID.fromString(loginAs(Role.OWNER).text("/user/id"));

        manager.post("/api/v1/staff", map("email", "helper-" + UUID.randomUUID() + "@test.local",
                "fullName", "Shelf Helper", "role", "STAFF", "password", NEW_PASSWORD)).expect(201);
        manager.post("/api/v1/staff", map("email", "boss-" + UUID.randomUUID() + "@test.local",
                "fullName", "Second Boss", "role", "OWNER", "password", NEW_PASSWORD)).problem(403, "OWNER_ONLY");
        manager.put("/api/v1/staff/" + ownerId + "/role", map("role", "VIEWER")).problem(403, "OWNER_ONLY");
        manager.post("/api/v1/staff/" + ownerId + "/deactivate", null).problem(403, "OWNER_ONLY");
        manager.post("/api/v1/staff/" + ownerId + "/password", map("password", NEW_PASSWORD))
                .problem(403, "OWNER_ONLY");
        manager.put("/api/v1/staff/" + managerId + "/role", map("role", "OWNER"))
                .problem(422, "CANNOT_CHANGE_OWN_ACCESS");
    }

    @Test
    void nobodyLocksThemselvesOutOrPromotesThemselves() {
        UUID ownerId = UUID.fromString(loginAs(Role.OWNER).text("/user/id"));
        owner.post("/api/v1/staff/" + ownerId + "/deactivate", null).problem(422, "CANNOT_CHANGE_OWN_ACCESS");
        owner.put("/api/v1/staff/" + ownerId + "/role", map("role", "CASHIER"))
                .problem(422, "CANNOT_CHANGE_OWN_ACCESS");
        owner.post("/api/v1/staff/" + ownerId + "/permissions", map("permission", "AUDIT_VIEW", "action", "REVOKE"))
                .problem(422, "CANNOT_CHANGE_OWN_ACCESS");
        owner.post("/api/v1/staff", map("email", "admin-" + UUID.randomUUID() + "@test.local", "fullName", "Admin",
                "role", "SUPER_ADMIN", "password", NEW_PASSWORD)).problem(422, "ROLE_NOT_ASSIGNABLE");
    }

    @Test
    void aPasswordResetEndsTheSessionsAndOnlyTheNewPasswordWorks() {
        Response login = loginAs(Role.STAFF);
        UUID id = UUID.fromString(login.text("/user/id"));
        owner.post("/api/v1/staff/" + id + "/password", map("password", "abc")).problem(400, "WEAK_PASSWORD");
        owner.post("/api/v1/staff/" + id + "/password", map("password", NEW_PASSWORD)).expect(204);

        new Api(http, login.text("/accessToken")).get("/api/v1/auth/me").problem(401, "UNAUTHENTICATED");
        eventually(() -> anonymous.post("/api/v1/auth/login", map("email", store.emails().get(Role.STAFF),
                "password", NEW_PASSWORD)).expect(200));
        anonymous.post("/api/v1/auth/login", credentials(Role.STAFF)).problem(401, "INVALID_CREDENTIALS");
    }

    @Test
    void peopleChangeTheirOwnPasswordWithTheCurrentOne() {
        Response login = loginAs(Role.VIEWER);
        Api viewer = new Api(http, login.text("/accessToken"));
        viewer.post("/api/v1/auth/password", map("currentPassword", "not-my-password", "newPassword", NEW_PASSWORD))
                .problem(400, "CURRENT_PASSWORD_WRONG").hasErrorOn("currentPassword");
        viewer.post("/api/v1/auth/password", map("currentPassword", TestStores.PASSWORD, "newPassword", "viewer123"))
                .problem(400, "WEAK_PASSWORD").hasErrorOn("newPassword");

        Response changed = viewer.post("/api/v1/auth/password", map("currentPassword", TestStores.PASSWORD,
                "newPassword", NEW_PASSWORD)).expect(200);
        viewer.get("/api/v1/auth/me").problem(401, "UNAUTHENTICATED");
        new Api(http, changed.text("/accessToken")).get("/api/v1/auth/me").expect(200);
        eventually(() -> anonymous.post("/api/v1/auth/login", map("email", store.emails().get(Role.VIEWER),
                "password", NEW_PASSWORD)).expect(200));
    }

    @Test
    void everyChangeIsInTheAuditTrailWithWhoMadeIt() {
        UUID ownerId = UUID.fromString(loginAs(Role.OWNER).text("/user/id"));
        UUID id = owner.post("/api/v1/staff", map("email", "ravi-" + UUID.randomUUID() + "@test.local",
                "fullName", "Ravi", "role", "STAFF", "password", NEW_PASSWORD)).expect(201).id();
        owner.put("/api/v1/staff/" + id + "/role", map("role", "CASHIER")).expect(200);
        owner.post("/api/v1/staff/" + id + "/permissions", map("permission", "SALE_VOID", "action", "GRANT"))
                .expect(200);
        owner.post("/api/v1/staff/" + id + "/deactivate", null).expect(200);

        eventually(() -> {
            List<JsonNode> events = owner.get("/api/v1/audit/events?aggregateId=" + id).expect(200).items();
            assertThat(events).extracting(event -> event.get("type").asString())
                    .containsExactly("UserRegistered", "UserRoleChanged", "PermissionGranted", "UserDeactivated");
            assertThat(events).allSatisfy(event ->
                    assertThat(event.at("/metadata/userId").asString()).isEqualTo(ownerId.toString()));
            assertThat(events.get(0).at("/payload/passwordHash").asString()).isEqualTo("[redacted]");
            assertThat(events.toString()).doesNotContain("{bcrypt}").doesNotContain("$2a$");
        });
    }

    private Response loginAs(Role role) {
        return anonymous.post("/api/v1/auth/login", credentials(role)).expect(200);
    }

    private Map<String, Object> credentials(Role role) {
        return map("email", store.emails().get(role), "password", TestStores.PASSWORD);
    }

    private Api signIn(String email, String password) {
        return new Api(http, eventually(() -> anonymous.post("/api/v1/auth/login",
                map("email", email, "password", password)), response -> response.status() == 200)
                .text("/accessToken"));
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
