package app.pos.api.security;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;


import static app.pos.api.support.Api.map;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Cashiers switching at a till with a PIN, and only at a till their store registered (A1). */
class PinLoginTest extends IntegrationTest {

    private static final String TILL = "till-front-1";

    private TestStore store;
    private Api owner;
    private Api anonymous;
    private String cashierEmail;

    @BeforeEach
    void aStoreWithARegisteredTillAndACashierWithAPin() {
        store = stores.open(null);
        owner = new Api(http, store.token(http, Role.OWNER));
        anonymous = new Api(http, null);
        owner.post("/api/v1/terminals", map("terminalId", TILL, "name", "Front counter")).expect(201)
                .has("/terminalId", TILL).has("/active", "true");
        cashierEmail = store.emails().get(Role.CASHIER);
        Api cashier = new Api(http, store.token(http, Role.CASHIER));
        cashier.post("/api/v1/auth/pin", map("pin", "1357")).expect(204);
    }

    @Test
    void aCashierSignsInWithTheirPinAtARegisteredTill() {
        Response login = eventually(() -> pinLogin(TILL, "1357"), response -> response.status() == 200);
        login.expect(200).has("/user/role", "CASHIER").has("/tokenType", "Bearer");
        new Api(http, login.text("/accessToken")).get("/api/v1/auth/me").expect(200).has("/email", cashierEmail);
        eventually(() -> assertThat(owner.get("/api/v1/audit/events?type=UserSignedIn&terminalId=" + TILL)
                .expect(200).items()).isNotEmpty());
    }

    @Test
    void anUnregisteredOrRetiredTillTakesNoPin() {
        eventually(() -> pinLogin(TILL, "1357").expect(200));
        pinLogin("laptop-at-home", "1357").problem(401, "INVALID_CREDENTIALS");
        anonymous.post("/api/v1/auth/pin-login", map("email", cashierEmail, "pin", "1357"))
                .problem(400, "TERMINAL_REQUIRED");

        owner.delete("/api/v1/terminals/" + TILL).expect(204);
        eventually(() -> pinLogin(TILL, "1357").problem(401, "INVALID_CREDENTIALS"));
        assertThat(owner.get("/api/v1/terminals").expect(200).json().get(0).get("active").booleanValue()).isFalse();
    }

    @Test
    void anotherBusinessesTillIsNotOneOfOurs() {
        TestStore other = stores.open(null);
        Api otherOwner = new Api(http, other.token(http, Role.OWNER));
        otherOwner.post("/api/v1/terminals", map("terminalId", "their-till", "name", "Theirs")).expect(201);
        eventually(() -> pinLogin(TILL, "1357").expect(200));
        pinLogin("their-till", "1357").problem(401, "INVALID_CREDENTIALS");
        owner.post("/api/v1/terminals", map("terminalId", TILL, "name", "Again"))
                .problem(409, "TERMINAL_ALREADY_REGISTERED");
    }

    @Test
    void wrongPinsCountTowardsTheLockout() {
        eventually(() -> pinLogin(TILL, "1357").expect(200));
        for (int attempt = 1; attempt <= 5; attempt++) {
            pinLogin(TILL, "2468").problem(401, "INVALID_CREDENTIALS");
        }
        pinLogin(TILL, "1357").problem(429, "ACCOUNT_LOCKED");
        anonymous.post("/api/v1/auth/login", map("email", cashierEmail, "password", TestStores.PASSWORD))
                .problem(429, "ACCOUNT_LOCKED");
    }

    @Test
    void guessablePinsAreRefused() {
        Api cashier = new Api(http, store.token(http, Role.CASHIER));
        cashier.post("/api/v1/auth/pin", map("pin", "1111")).problem(400, "WEAK_PIN").hasErrorOn("pin");
        cashier.post("/api/v1/auth/pin", map("pin", "9876")).problem(400, "WEAK_PIN");
        cashier.post("/api/v1/auth/pin", map("pin", "12a4")).problem(400, "INVALID_PIN");
    }

    @Test
    void onlyThoseWhoManageSettingsRegisterTills() {
        new Api(http, store.token(http, Role.CASHIER)).post("/api/v1/terminals",
                map("terminalId", "sneaky", "name", "Mine")).problem(403, "NOT_ALLOWED");
        owner.post("/api/v1/terminals", map("terminalId", " ", "name", "Blank")).expect(400);
        owner.delete("/api/v1/terminals/never-registered").problem(404, "TERMINAL_NOT_FOUND");
    }

    private Response pinLogin(String terminal, String pin) {
        return anonymous.send(HttpMethod.POST, "/api/v1/auth/pin-login", map("email", cashierEmail, "pin", pin),
                headers -> headers.set("X-Terminal-Id", terminal));
    }
}
