package app.pos.api.security;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static app.pos.api.support.Api.map;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Sessions as a till lives them and as an attacker with a copied token would try them (A1). */
class SessionsTest extends IntegrationTest {

    @Autowired
    private TokenService tokens;

    private TestStore store;
    private Api anonymous;

    @BeforeEach
    void aStore() {
        store = stores.open(null);
        anonymous = new Api(http, null);
    }

    @Test
    void aRefreshTokenBuysANewPairAndWorksOnlyOnce() {
        Response login = login(Role.CASHIER);
        String firstRefresh = login.text("/refreshToken");
        assertThat(firstRefresh).isNotBlank();
        assertThat(login.decimal("/expiresIn")).isEqualByComparingTo("900");

        Response refreshed = anonymous.post("/api/v1/auth/refresh", map("refreshToken", firstRefresh)).expect(200);
        assertThat(refreshed.text("/refreshToken")).isNotEqualTo(firstRefresh);
        assertThat(refreshed.text("/user/role")).isEqualTo("CASHIER");
        new Api(http, refreshed.text("/accessToken")).get("/api/v1/auth/me").expect(200);

        String secondRefresh = refreshed.text("/refreshToken");
        Response again = anonymous.post("/api/v1/auth/refresh", map("refreshToken", secondRefresh)).expect(200);
        assertThat(again.text("/refreshToken")).isNotIn(firstRefresh, secondRefresh);
    }

    @Test
    void aReplayedRefreshTokenEndsTheWholeSessionEverywhere() {
        Response login = login(Role.OWNER);
        String stolen = login.text("/refreshToken");
        Response legitimate = anonymous.post("/api/v1/auth/refresh", map("refreshToken", stolen)).expect(200);

        anonymous.post("/api/v1/auth/refresh", map("refreshToken", stolen)).problem(401, "REFRESH_TOKEN_REUSED");

        anonymous.post("/api/v1/auth/refresh", map("refreshToken", legitimate.text("/refreshToken")))
                .problem(401, "INVALID_REFRESH_TOKEN");
        new Api(http, legitimate.text("/accessToken")).get("/api/v1/auth/me").problem(401, "UNAUTHENTICATED");
        new Api(http, login.text("/accessToken")).get("/api/v1/products").problem(401, "UNAUTHENTICATED");
    }

    @Test
    void logoutEndsTheSessionsTokensAtOnceAndNoOtherSession() {
        Response tillOne = login(Role.CASHIER);
        Response tillTwo = login(Role.CASHIER);
        Api one = new Api(http, tillOne.text("/accessToken"));
        one.post("/api/v1/auth/logout", Map.of()).expect(204);

        one.get("/api/v1/auth/me").problem(401, "UNAUTHENTICATED");
        anonymous.post("/api/v1/auth/refresh", map("refreshToken", tillOne.text("/refreshToken")))
                .problem(401, "INVALID_REFRESH_TOKEN");
        new Api(http, tillTwo.text("/accessToken")).get("/api/v1/auth/me").expect(200);
        anonymous.post("/api/v1/auth/refresh", map("refreshToken", tillTwo.text("/refreshToken"))).expect(200);
    }

    @Test
    void anExpiredAccessTokenIsRefused() {
        Response login = login(Role.OWNER);
        UserAccount owner = new UserAccount(UUID.fromString(login.text("/user/id")), store.businessId(),
                store.emails().get(Role.OWNER), "Owner", Role.OWNER, "unused", null, true, Set.of(), Set.of(), null, null);
        String expired = tokens.issue(owner, UUID.randomUUID(), Instant.now().minus(Duration.ofHours(2))).value();
        new Api(http, expired).get("/api/v1/auth/me").problem(401, "UNAUTHENTICATED");
        String fresh = tokens.issue(owner, UUID.randomUUID(), Instant.now()).value();
        new Api(http, fresh).get("/api/v1/auth/me").expect(200);
    }

    @Test
    void garbageRefreshTokensAre401AndAMissingOneIs400() {
        anonymous.post("/api/v1/auth/refresh", map("refreshToken", "made-up")).problem(401, "INVALID_REFRESH_TOKEN");
        anonymous.post("/api/v1/auth/refresh", Map.of()).expect(400).hasErrorOn("refreshToken");
    }

    @Test
    void everyoneCanAskWhatTheyMayDo() {
        Api cashier = new Api(http, login(Role.CASHIER).text("/accessToken"));
        Response mine = cashier.get("/api/v1/auth/permissions").expect(200).has("/role", "CASHIER");
        assertThat(mine.json().path("permissions").valueStream().map(p -> p.asString()))
                .contains("SALE_CREATE", "CREDIT_PAYMENT_RECORD").doesNotContain("BILL_APPROVE", "AUDIT_VIEW");
        cashier.post("/api/v1/auth/permissions/check", map("permission", "SALE_CREATE")).expect(200)
                .has("/granted", "true");
        cashier.post("/api/v1/auth/permissions/check", map("permission", "BILL_APPROVE")).expect(200)
                .has("/granted", "false");
        cashier.post("/api/v1/auth/permissions/check", map("permission", "FLY")).problem(400, "UNKNOWN_PERMISSION")
                .hasErrorOn("permission");
        Api auditor = new Api(http, login(Role.AUDITOR).text("/accessToken"));
        auditor.post("/api/v1/auth/permissions/check", map("permission", "AUDIT_VIEW")).expect(200)
                .has("/granted", "true");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheAttemptsAreInTheAuditTrail() {
        Api owner = new Api(http, login(Role.OWNER).text("/accessToken"));
        String cashier = store.emails().get(Role.CASHIER);
        for (int attempt = 1; attempt <= 5; attempt++) {
            anonymous.send(HttpMethod.POST, "/api/v1/auth/login",
                            map("email", cashier, "password", "guess-" + attempt),
                            headers -> headers.set("X-Terminal-Id", "till-9"))
                    .problem(401, "INVALID_CREDENTIALS");
        }
        anonymous.post("/api/v1/auth/login", map("email", cashier, "password", TestStores.PASSWORD))
                .problem(429, "ACCOUNT_LOCKED");

        eventually(() -> assertThat(
                owner.get("/api/v1/audit/events?type=SignInFailed&terminalId=till-9").expect(200).items())
                .hasSize(5));
        assertThat(owner.get("/api/v1/audit/events?type=UserLockedOut").expect(200).items()).hasSize(1);
    }

    @Test
    void aSuccessfulSignInIsRecordedWithItsTill() {
        Api owner = new Api(http, login(Role.OWNER).text("/accessToken"));
        anonymous.send(HttpMethod.POST, "/api/v1/auth/login",
                map("email", store.emails().get(Role.MANAGER), "password", TestStores.PASSWORD),
                headers -> headers.set("X-Terminal-Id", "till-4")).expect(200);
        eventually(() -> assertThat(
                owner.get("/api/v1/audit/events?type=UserSignedIn&terminalId=till-4").expect(200).items())
                .hasSize(1));
    }

    private Response login(Role role) {
        store.token(http, role);
        return anonymous.post("/api/v1/auth/login", map("email", store.emails().get(role), "password",
                TestStores.PASSWORD)).expect(200);
    }
}
