package app.pos.command.identity;

import app.pos.kernel.identity.RecordSignIn;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.SignInFailed;
import app.pos.kernel.identity.SignInOutcome;
import app.pos.kernel.identity.UserLockedOut;
import app.pos.kernel.identity.UserRegistered;
import app.pos.kernel.identity.UserSignedIn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static app.pos.command.RuleViolationMatcher.violation;
import static app.pos.command.TestClock.CLOCK;
import static app.pos.command.TestClock.NOW;

/** Wrong passwords are counted on the account; five in a row lock it for a cool-down (A1). */
class SignInTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final Instant EARLIER = NOW.minusSeconds(60);

    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void theRightPasswordSignsInFromTheTill() {
        fixture.given(registered())
                .when(new RecordSignIn(USER, true, "till-1"))
                .expectEvents(new UserSignedIn(USER, BUSINESS, "till-1", NOW))
                .expectResultMessagePayload(new SignInOutcome(true, 0));
    }

    @Test
    void aWrongPasswordIsCountedWithTheTillItCameFrom() {
        fixture.given(registered(), failed(1))
                .when(new RecordSignIn(USER, false, "till-2"))
                .expectEvents(new SignInFailed(USER, BUSINESS, "till-2", 2, NOW))
                .expectResultMessagePayload(new SignInOutcome(false, 2));
    }

    @Test
    void theFifthWrongPasswordInARowLocksTheAccountForFifteenMinutes() {
        fixture.given(registered(), failed(1), failed(2), failed(3), failed(4))
                .when(new RecordSignIn(USER, false, null))
                .expectEvents(new SignInFailed(USER, BUSINESS, null, 5, NOW),
                        new UserLockedOut(USER, BUSINESS, NOW.plus(LockoutPolicy.COOL_DOWN), NOW));
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        fixture.given(registered(), failed(1), failed(2), failed(3), failed(4),
                        new UserSignedIn(USER, BUSINESS, null, EARLIER))
                .when(new RecordSignIn(USER, false, null))
                .expectEvents(new SignInFailed(USER, BUSINESS, null, 1, NOW));
    }

    @Test
    void aLockedAccountRefusesEvenTheRightPasswordUntilTheCoolDownEnds() {
        fixture.given(registered(), new UserLockedOut(USER, BUSINESS, NOW.plusSeconds(60), EARLIER))
                .when(new RecordSignIn(USER, true, "till-1"))
                .expectException(violation("ACCOUNT_LOCKED"))
                .expectNoEvents();
    }

    @Test
    void afterTheCoolDownTheRightPasswordSignsIn() {
        fixture.given(registered(), new UserLockedOut(USER, BUSINESS, NOW.minusSeconds(1), EARLIER))
                .when(new RecordSignIn(USER, true, null))
                .expectEvents(new UserSignedIn(USER, BUSINESS, null, NOW));
    }

    private static UserRegistered registered() {
        return new UserRegistered(USER, BUSINESS, "cashier@example.in", "Cashier", Role.CASHIER, "$2a$10$hash");
    }

    private static SignInFailed failed(int failuresInARow) {
        return new SignInFailed(USER, BUSINESS, "till-1", failuresInARow, EARLIER);
    }
}
