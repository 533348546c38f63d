package app.pos.command.identity;

import app.pos.command.RuleViolationMatcher;
import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.PinSet;
import app.pos.kernel.identity.Platform;
import app.pos.kernel.identity.RegisterUser;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.UserRegistered;
import app.pos.kernel.identity.UserState;
import app.pos.kernel.rules.RuleViolation.Kind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static app.pos.command.RuleViolationMatcher.violation;
import static app.pos.command.TestClock.CLOCK;
import static app.pos.command.TestClock.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The email registry is real: an in-memory H2 table shaped like the production one. */
class UserTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final UUID OTHER_BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b002");
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final UUID SOMEONE_ELSE = UUID.fromString("00000000-0000-0000-0000-00000000d002");
    private static final Actor OWNER = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d0a1"), Role.OWNER);
    private static final Actor MANAGER = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d0a2"),
            Role.MANAGER);
    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuv";
    private static final String PIN_HASH = "$2a$10$pinpinpinpinpinpinpinp";

    private EmailClaims claims;
    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        claims = EmailClaims.empty("emails");
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(claims.registry());
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void registeringEmitsUserRegisteredWithTheEmailNormalised() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, BUSINESS, "  Priya.Sharma@Example.IN ", " Priya Sharma ", Role.CASHIER,
                        HASH, null, null))
                .expectEvents(new UserRegistered(USER, BUSINESS, "priya.sharma@example.in", "Priya Sharma",
                        Role.CASHIER, HASH))
                .expectResultMessagePayload(new UserState(USER, BUSINESS, "priya.sharma@example.in", "Priya Sharma",
                        Role.CASHIER, true, false, Set.of(), Set.of()));
    }

    @Test
    void registeringWithAPinAlsoSetsThePin() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, BUSINESS, "priya@example.in", "Priya Sharma", Role.CASHIER, HASH,
                        PIN_HASH, OWNER))
                .expectEvents(new UserRegistered(USER, BUSINESS, "priya@example.in", "Priya Sharma", Role.CASHIER,
                                HASH),
                        new PinSet(USER, BUSINESS, PIN_HASH, NOW));
    }

    @Test
    void registeringClaimsTheEmailForTheUser() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, BUSINESS, "Priya@Example.in", "Priya Sharma", Role.CASHIER, HASH, null, null))
                .expectSuccessfulHandlerExecution();

        assertEquals(Map.of("priya@example.in", USER), claims.all());
    }

    @Test
    void repeatedRegistrationChangesNothingAndAnswersWithTheUser() {
        fixture.given(new UserRegistered(USER, BUSINESS, "priya@example.in", "Priya Sharma", Role.CASHIER, HASH))
                .when(new RegisterUser(USER, BUSINESS, "priya@example.in", "Priya Sharma", Role.CASHIER, HASH, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new UserState(USER, BUSINESS, "priya@example.in", "Priya Sharma",
                        Role.CASHIER, true, false, Set.of(), Set.of()));

        assertEquals(Map.of(), claims.all());
    }

    @Test
    void registeringAnotherBusinessesUserIdIsReportedAsNoSuchUser() {
        fixture.given(new UserRegistered(USER, BUSINESS, "priya@example.in", "Priya Sharma", Role.CASHIER, HASH))
                .when(new RegisterUser(USER, OTHER_BUSINESS, "intruder@example.in", "Intruder", Role.CASHIER, HASH,
                        null, null))
                .expectException(violation("USER_NOT_FOUND").ofKind(Kind.NOT_FOUND))
                .expectNoEvents();

        assertEquals(Map.of(), claims.all());
    }

    @Test
    void emailAlreadyClaimedByAnotherUserIsTaken() {
        claims.claimedBy(SOMEONE_ELSE, "priya@example.in");

        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, BUSINESS, "PRIYA@example.in", "Priya Sharma", Role.OWNER, HASH, null, null))
                .expectException(violation("EMAIL_TAKEN").ofKind(Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aManagerCannotRegisterAnOwner() {
        refused(new RegisterUser(USER, BUSINESS, "priya@example.in", "Priya Sharma", Role.OWNER, HASH, null, MANAGER),
                violation("OWNER_ONLY").ofKind(Kind.FORBIDDEN));
    }

    @Test
    void nobodyInABusinessCanRegisterAPlatformAdmin() {
        refused(new RegisterUser(USER, BUSINESS, "priya@example.in", "Priya Sharma", Role.SUPER_ADMIN, HASH, null,
                OWNER), violation("ROLE_NOT_ASSIGNABLE"));
    }

    @Test
    void thePlatformRegistersItsOwnAdmin() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, Platform.BUSINESS_ID, "admin@pos.example", "Platform Admin",
                        Role.SUPER_ADMIN, HASH, null, null))
                .expectEvents(new UserRegistered(USER, Platform.BUSINESS_ID, "admin@pos.example", "Platform Admin",
                        Role.SUPER_ADMIN, HASH));
    }

    @Test
    void emailWithoutAnAtSignIsRefused() {
        refused(new RegisterUser(USER, BUSINESS, "priya.example.in", "Priya Sharma", Role.OWNER, HASH, null, null),
                violation("INVALID_EMAIL"));
    }

    @Test
    void emailIsRequired() {
        refused(new RegisterUser(USER, BUSINESS, "  ", "Priya Sharma", Role.OWNER, HASH, null, null),
                violation("FIELD_REQUIRED"));
    }

    @Test
    void emailLongerThan254CharactersIsRefused() {
        refused(new RegisterUser(USER, BUSINESS, "p".repeat(250) + "@x.in", "Priya Sharma", Role.OWNER, HASH, null, null),
                violation("FIELD_TOO_LONG"));
    }

    @Test
    void roleIsRequired() {
        refused(new RegisterUser(USER, BUSINESS, "priya@example.in", "Priya Sharma", null, HASH, null, null),
                violation("FIELD_REQUIRED"));
    }

    @Test
    void passwordIsRequired() {
        refused(new RegisterUser(USER, BUSINESS, "priya@example.in", "Priya Sharma", Role.OWNER, " ", null, null),
                violation("FIELD_REQUIRED"));
    }

    @Test
    void fullNameIsRequired() {
        refused(new RegisterUser(USER, BUSINESS, "priya@example.in", "  ", Role.OWNER, HASH, null, null),
                violation("FIELD_REQUIRED"));
    }

    private void refused(RegisterUser command, RuleViolationMatcher violation) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(violation)
                .expectNoEvents();
        assertEquals(Map.of(), claims.all(), "a refused registration claims no email");
    }
}
