package app.pos.command.identity;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.ChangePassword;
import app.pos.kernel.identity.ChangeUserRole;
import app.pos.kernel.identity.DeactivateUser;
import app.pos.kernel.identity.GrantPermission;
import app.pos.kernel.identity.PasswordChanged;
import app.pos.kernel.identity.Permission;
import app.pos.kernel.identity.PermissionGranted;
import app.pos.kernel.identity.PermissionRevoked;
import app.pos.kernel.identity.PinSet;
import app.pos.kernel.identity.ReactivateUser;
import app.pos.kernel.identity.RecordSignIn;
import app.pos.kernel.identity.ReviseUser;
import app.pos.kernel.identity.RevokePermission;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.SetPin;
import app.pos.kernel.identity.UserDeactivated;
import app.pos.kernel.identity.UserLockedOut;
import app.pos.kernel.identity.UserReactivated;
import app.pos.kernel.identity.UserRegistered;
import app.pos.kernel.identity.UserRevised;
import app.pos.kernel.identity.UserRoleChanged;
import app.pos.kernel.identity.UserSignedIn;
import app.pos.kernel.identity.UserState;
import app.pos.kernel.rules.RuleViolation.Kind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static app.pos.command.RuleViolationMatcher.violation;
import static app.pos.command.TestClock.CLOCK;
import static app.pos.command.TestClock.NOW;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may change whom in a business: names, roles, access, passwords, PINs and permissions. */
class StaffTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final UUID OTHER_BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b002");
    private static final UUID ASHA_ID = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final UUID MEERA_ID = UUID.fromString("00000000-0000-0000-0000-00000000d002");
    private static final UUID RAVI_ID = UUID.fromString("00000000-0000-0000-0000-00000000d003");
    private static final UUID SUNITA_ID = UUID.fromString("00000000-0000-0000-0000-00000000d004");
    private static final Actor ASHA = new Actor(ASHA_ID, Role.OWNER);
    private static final Actor MEERA = new Actor(MEERA_ID, Role.MANAGER);
    private static final Actor RAVI = new Actor(RAVI_ID, Role.CASHIER);
    private static final Actor OTHER_OWNER = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d0f1"),
            Role.OWNER);
    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuv";
    private static final String NEW_HASH = "$2a$10$newnewnewnewnewnewnewn";
    private static final String PIN_HASH = "$2a$10$pinpinpinpinpinpinpinp";
    private static final Instant EARLIER = NOW.minusSeconds(600);
    private static final Instant LATER = NOW.plusSeconds(600);

    private EmailClaims claims;
    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        claims = EmailClaims.empty("staff");
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(claims.registry());
        fixture.registerInjectableResource(CLOCK);
    }

    // --- name and email ---

    @Test
    void revisingMovesTheEmailClaimToTheNewAddress() {
        claims.claimedBy(RAVI_ID, "ravi@example.in");

        fixture.given(ravi())
                .when(new ReviseUser(RAVI_ID, BUSINESS, " Ravi.Kumar@Example.IN ", " Ravi Kumar ", MEERA))
                .expectEvents(new UserRevised(RAVI_ID, BUSINESS, "ravi.kumar@example.in", "Ravi Kumar"))
                .expectResultMessagePayload(new UserState(RAVI_ID, BUSINESS, "ravi.kumar@example.in", "Ravi Kumar",
                        Role.CASHIER, true, false, Set.of(), Set.of()));

        assertEquals(Map.of("ravi.kumar@example.in", RAVI_ID), claims.all());
    }

    @Test
    void correctingOnlyTheNameKeepsTheEmailClaimed() {
        claims.claimedBy(RAVI_ID, "ravi@example.in");

        fixture.given(ravi())
                .when(new ReviseUser(RAVI_ID, BUSINESS, "RAVI@example.in", "Ravi Kumar", MEERA))
                .expectEvents(new UserRevised(RAVI_ID, BUSINESS, "ravi@example.in", "Ravi Kumar"));

        assertEquals(Map.of("ravi@example.in", RAVI_ID), claims.all());
    }

    @Test
    void revisingToAnEmailSomeoneElseSignsInWithIsRefused() {
        claims.claimedBy(RAVI_ID, "ravi@example.in");
        claims.claimedBy(SUNITA_ID, "sunita@example.in");

        fixture.given(ravi())
                .when(new ReviseUser(RAVI_ID, BUSINESS, "Sunita@example.in", "Ravi Kumar", MEERA))
                .expectException(violation("EMAIL_TAKEN").ofKind(Kind.CONFLICT))
                .expectNoEvents();

        assertEquals(Map.of("ravi@example.in", RAVI_ID, "sunita@example.in", SUNITA_ID), claims.all());
    }

    // --- roles ---

    @Test
    void changingARoleRecordsTheOldAndTheNewOne() {
        fixture.given(ravi())
                .when(new ChangeUserRole(RAVI_ID, BUSINESS, Role.MANAGER, ASHA))
                .expectEvents(new UserRoleChanged(RAVI_ID, BUSINESS, Role.CASHIER, Role.MANAGER))
                .expectResultMessagePayload(new UserState(RAVI_ID, BUSINESS, "ravi@example.in", "Ravi",
                        Role.MANAGER, true, false, Set.of(), Set.of()));
    }

    @Test
    void givingSomeoneTheRoleTheyHaveChangesNothing() {
        fixture.given(ravi())
                .when(new ChangeUserRole(RAVI_ID, BUSINESS, Role.CASHIER, MEERA))
                .expectNoEvents();
    }

    @Test
    void nobodyChangesTheirOwnRole() {
        fixture.given(asha())
                .when(new ChangeUserRole(ASHA_ID, BUSINESS, Role.MANAGER, ASHA))
                .expectException(violation("CANNOT_CHANGE_OWN_ACCESS"))
                .expectNoEvents();
    }

    @Test
    void aManagerCannotChangeAnOwnersRole() {
        fixture.given(asha())
                .when(new ChangeUserRole(ASHA_ID, BUSINESS, Role.CASHIER, MEERA))
                .expectException(violation("OWNER_ONLY").ofKind(Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void aManagerCannotMakeSomeoneAnOwner() {
        fixture.given(ravi())
                .when(new ChangeUserRole(RAVI_ID, BUSINESS, Role.OWNER, MEERA))
                .expectException(violation("OWNER_ONLY").ofKind(Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void anOwnerMakesSomeoneAnOwner() {
        fixture.given(ravi())
                .when(new ChangeUserRole(RAVI_ID, BUSINESS, Role.OWNER, ASHA))
                .expectEvents(new UserRoleChanged(RAVI_ID, BUSINESS, Role.CASHIER, Role.OWNER));
    }

    @Test
    void nobodyInABusinessHandsOutThePlatformAdminRole() {
        fixture.given(ravi())
                .when(new ChangeUserRole(RAVI_ID, BUSINESS, Role.SUPER_ADMIN, ASHA))
                .expectException(violation("ROLE_NOT_ASSIGNABLE"))
                .expectNoEvents();
    }

    // --- another business ---

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsFromAnotherBusiness")
    void anotherBusinessesStaffIsReportedAsNoSuchUser(Object command) {
        fixture.given(ravi())
                .when(command)
                .expectException(violation("USER_NOT_FOUND").ofKind(Kind.NOT_FOUND))
                .expectNoEvents();
    }

    static Stream<Named<Object>> commandsFromAnotherBusiness() {
        return Stream.of(
                Named.of("revise", new ReviseUser(RAVI_ID, OTHER_BUSINESS, "ravi@example.in", "Ravi", OTHER_OWNER)),
                Named.of("change role", new ChangeUserRole(RAVI_ID, OTHER_BUSINESS, Role.VIEWER, OTHER_OWNER)),
                Named.of("deactivate", new DeactivateUser(RAVI_ID, OTHER_BUSINESS, OTHER_OWNER)),
                Named.of("reactivate", new ReactivateUser(RAVI_ID, OTHER_BUSINESS, OTHER_OWNER)),
                Named.of("grant", new GrantPermission(RAVI_ID, OTHER_BUSINESS, Permission.REPORTS_VIEW, OTHER_OWNER)),
                Named.of("revoke", new RevokePermission(RAVI_ID, OTHER_BUSINESS, Permission.SALE_CREATE,
                        OTHER_OWNER)),
                Named.of("reset password", new ChangePassword(RAVI_ID, OTHER_BUSINESS, NEW_HASH, OTHER_OWNER)),
                Named.of("own password", new ChangePassword(RAVI_ID, OTHER_BUSINESS, NEW_HASH, RAVI)),
                Named.of("set PIN", new SetPin(RAVI_ID, OTHER_BUSINESS, PIN_HASH, OTHER_OWNER)));
    }

    // --- access ---

    @Test
    void deactivatingRecordsWhen() {
        fixture.given(ravi())
                .when(new DeactivateUser(RAVI_ID, BUSINESS, MEERA))
                .expectEvents(new UserDeactivated(RAVI_ID, BUSINESS, NOW))
                .expectResultMessagePayload(new UserState(RAVI_ID, BUSINESS, "ravi@example.in", "Ravi",
                        Role.CASHIER, false, false, Set.of(), Set.of()));
    }

    @Test
    void deactivatingSomeoneAlreadyDeactivatedChangesNothing() {
        fixture.given(ravi(), new UserDeactivated(RAVI_ID, BUSINESS, EARLIER))
                .when(new DeactivateUser(RAVI_ID, BUSINESS, MEERA))
                .expectNoEvents();
    }

    @Test
    void nobodyDeactivatesThemselves() {
        fixture.given(asha())
                .when(new DeactivateUser(ASHA_ID, BUSINESS, ASHA))
                .expectException(violation("CANNOT_CHANGE_OWN_ACCESS"))
                .expectNoEvents();
    }

    @Test
    void aDeactivatedPersonCannotSignInEvenWithTheRightPassword() {
        fixture.given(ravi(), new UserDeactivated(RAVI_ID, BUSINESS, EARLIER))
                .when(new RecordSignIn(RAVI_ID, true, "till-1"))
                .expectException(violation("INVALID_CREDENTIALS").ofKind(Kind.UNAUTHENTICATED))
                .expectNoEvents();
    }

    @Test
    void reactivatingRecordsWhen() {
        fixture.given(ravi(), new UserDeactivated(RAVI_ID, BUSINESS, EARLIER))
                .when(new ReactivateUser(RAVI_ID, BUSINESS, MEERA))
                .expectEvents(new UserReactivated(RAVI_ID, BUSINESS, NOW))
                .expectResultMessagePayload(new UserState(RAVI_ID, BUSINESS, "ravi@example.in", "Ravi",
                        Role.CASHIER, true, false, Set.of(), Set.of()));
    }

    @Test
    void reactivatingEndsALockout() {
        fixture.given(ravi(), lockedOutUntilLater(), new UserDeactivated(RAVI_ID, BUSINESS, EARLIER),
                        new UserReactivated(RAVI_ID, BUSINESS, EARLIER))
                .when(new RecordSignIn(RAVI_ID, true, "till-1"))
                .expectEvents(new UserSignedIn(RAVI_ID, BUSINESS, "till-1", NOW));
    }

    // --- passwords and PINs ---

    @Test
    void changingYourOwnPasswordIsNotAReset() {
        fixture.given(ravi())
                .when(new ChangePassword(RAVI_ID, BUSINESS, NEW_HASH, RAVI))
                .expectEvents(new PasswordChanged(RAVI_ID, BUSINESS, NEW_HASH, false, NOW));
    }

    @Test
    void anOwnerSettingSomeoneElsesPasswordResetsIt() {
        fixture.given(ravi())
                .when(new ChangePassword(RAVI_ID, BUSINESS, NEW_HASH, ASHA))
                .expectEvents(new PasswordChanged(RAVI_ID, BUSINESS, NEW_HASH, true, NOW));
    }

    @Test
    void aManagerCannotResetAnOwnersPassword() {
        fixture.given(asha())
                .when(new ChangePassword(ASHA_ID, BUSINESS, NEW_HASH, MEERA))
                .expectException(violation("OWNER_ONLY").ofKind(Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void aNewPasswordEndsALockout() {
        fixture.given(ravi(), lockedOutUntilLater(), new PasswordChanged(RAVI_ID, BUSINESS, NEW_HASH, true, EARLIER))
                .when(new RecordSignIn(RAVI_ID, true, "till-1"))
                .expectEvents(new UserSignedIn(RAVI_ID, BUSINESS, "till-1", NOW));
    }

    @Test
    void settingYourOwnPin() {
        fixture.given(ravi())
                .when(new SetPin(RAVI_ID, BUSINESS, PIN_HASH, RAVI))
                .expectEvents(new PinSet(RAVI_ID, BUSINESS, PIN_HASH, NOW));
    }

    @Test
    void aManagerSetsACashiersPin() {
        fixture.given(ravi())
                .when(new SetPin(RAVI_ID, BUSINESS, PIN_HASH, MEERA))
                .expectEvents(new PinSet(RAVI_ID, BUSINESS, PIN_HASH, NOW));
    }

    // --- permissions ---

    @Test
    void grantingAPermissionAddsItToTheRole() {
        fixture.given(ravi())
                .when(new GrantPermission(RAVI_ID, BUSINESS, Permission.REPORTS_VIEW, ASHA))
                .expectEvents(new PermissionGranted(RAVI_ID, BUSINESS, Permission.REPORTS_VIEW))
                .expectResultMessagePayloadMatching(permissions(hasItem(Permission.REPORTS_VIEW)));
    }

    @Test
    void grantingWhatIsAlreadyGrantedChangesNothing() {
        fixture.given(ravi(), new PermissionGranted(RAVI_ID, BUSINESS, Permission.REPORTS_VIEW))
                .when(new GrantPermission(RAVI_ID, BUSINESS, Permission.REPORTS_VIEW, ASHA))
                .expectNoEvents();
    }

    @Test
    void revokingAPermissionTakesItAwayFromTheRole() {
        fixture.given(ravi())
                .when(new RevokePermission(RAVI_ID, BUSINESS, Permission.CREDIT_PAYMENT_RECORD, ASHA))
                .expectEvents(new PermissionRevoked(RAVI_ID, BUSINESS, Permission.CREDIT_PAYMENT_RECORD))
                .expectResultMessagePayloadMatching(permissions(not(hasItem(Permission.CREDIT_PAYMENT_RECORD))));
    }

    @Test
    void revokingWhatIsAlreadyRevokedChangesNothing() {
        fixture.given(ravi(), new PermissionRevoked(RAVI_ID, BUSINESS, Permission.CREDIT_PAYMENT_RECORD))
                .when(new RevokePermission(RAVI_ID, BUSINESS, Permission.CREDIT_PAYMENT_RECORD, ASHA))
                .expectNoEvents();
    }

    @Test
    void grantingARevokedPermissionGivesItBack() {
        fixture.given(ravi(), new PermissionRevoked(RAVI_ID, BUSINESS, Permission.CREDIT_PAYMENT_RECORD))
                .when(new GrantPermission(RAVI_ID, BUSINESS, Permission.CREDIT_PAYMENT_RECORD, ASHA))
                .expectEvents(new PermissionGranted(RAVI_ID, BUSINESS, Permission.CREDIT_PAYMENT_RECORD))
                .expectResultMessagePayloadMatching(permissions(hasItem(Permission.CREDIT_PAYMENT_RECORD)));
    }

    @ParameterizedTest
    @EnumSource(value = Permission.class, names = {"BUSINESS_MANAGE", "PROJECTION_REBUILD", "CHAIN_VERIFY"})
    void thePlatformsOwnPermissionsAreNeverGrantedInABusiness(Permission permission) {
        fixture.given(ravi())
                .when(new GrantPermission(RAVI_ID, BUSINESS, permission, ASHA))
                .expectException(violation("PERMISSION_NOT_GRANTABLE"))
                .expectNoEvents();
    }

    @Test
    void nobodyGrantsThemselvesAPermission() {
        fixture.given(meera())
                .when(new GrantPermission(MEERA_ID, BUSINESS, Permission.SETTINGS_MANAGE, MEERA))
                .expectException(violation("CANNOT_CHANGE_OWN_ACCESS"))
                .expectNoEvents();
    }

    private static UserRegistered asha() {
        return new UserRegistered(ASHA_ID, BUSINESS, "asha@example.in", "Asha", Role.OWNER, HASH);
    }

    private static UserRegistered meera() {
        return new UserRegistered(MEERA_ID, BUSINESS, "meera@example.in", "Meera", Role.MANAGER, HASH);
    }

    private static UserRegistered ravi() {
        return new UserRegistered(RAVI_ID, BUSINESS, "ravi@example.in", "Ravi", Role.CASHIER, HASH);
    }

    private static UserLockedOut lockedOutUntilLater() {
        return new UserLockedOut(RAVI_ID, BUSINESS, LATER, EARLIER);
    }

    private static Matcher<UserState> permissions(Matcher<? super Set<Permission>> matcher) {
        return new FeatureMatcher<UserState, Set<Permission>>(matcher, "a user whose permissions are", "permissions") {
            @Override
            protected Set<Permission> featureValueOf(UserState state) {
                return state.permissions();
            }
        };
    }
}
