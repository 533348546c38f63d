package app.pos.api.security;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static app.pos.api.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in attempts are limited per client address, across password and PIN sign-in and signup, on a
 * server of its own with a limit of three a minute and self-signup off (the platform's defaults otherwise).
 * It shares the test database with the other tests' server, and both run in one JVM under one Axon node
 * name, so its projections stay stopped and leave the event processors' claims to the other server.
 */
@TestPropertySource(properties = {"pos.security.sign-in-attempts-per-minute=3", "pos.platform.self-signup=false"})
@DirtiesContext
class SignInRateLimitTest extends IntegrationTest {

    @TestConfiguration
    static class ProjectionsStayStopped {

        @Bean
        ConfigurerModule projectionsStayStopped() {
            return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                    config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andAutoStart(false));
        }
    }

    @Test
    void theFourthAttemptInAMinuteFromOneAddressIsTurnedAway() {
        Api anonymous = new Api(http, null);
        anonymous.post("/api/v1/businesses/signup", map("store", map("storeName", "Mine", "currencySymbol", "₹",
                        "allowNegativeStock", false),
                "owner", map("email", "me@test.local", "fullName", "Me", "password", "Chai-And-Samosa-77")))
                .problem(403, "SIGNUP_DISABLED");
        anonymous.post("/api/v1/auth/login", map("email", "nobody@test.local", "password", "wrong-password-1"))
                .problem(401, "INVALID_CREDENTIALS");
        anonymous.send(HttpMethod.POST, "/api/v1/auth/pin-login", map("email", "nobody@test.local", "pin", "2580"),
                headers -> headers.set("X-Terminal-Id", "till-1")).problem(401, "INVALID_CREDENTIALS");

        Response refused = anonymous.post("/api/v1/auth/login",
                map("email", "nobody@test.local", "password", "wrong-password-2")).problem(429,
                "TOO_MANY_SIGN_IN_ATTEMPTS");
        assertThat(Long.parseLong(refused.headers().getFirst("Retry-After"))).isBetween(1L, 60L);

        anonymous.get("/actuator/health").expect(200);
        anonymous.post("/api/v1/auth/refresh", map("refreshToken", "not-a-token")).problem(401,
                "INVALID_REFRESH_TOKEN");
    }
}
