package app.pos.command.identity;

import app.pos.command.shared.Rules;
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
import app.pos.kernel.identity.RegisterUser;
import app.pos.kernel.identity.ReviseUser;
import app.pos.kernel.identity.RevokePermission;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.UserState;
import app.pos.kernel.identity.SetPin;
import app.pos.kernel.identity.SignInFailed;
import app.pos.kernel.identity.SignInOutcome;
import app.pos.kernel.identity.UserDeactivated;
import app.pos.kernel.identity.UserLockedOut;
import app.pos.kernel.identity.UserReactivated;
import app.pos.kernel.identity.UserRegistered;
import app.pos.kernel.identity.UserRevised;
import app.pos.kernel.identity.UserRoleChanged;
import app.pos.kernel.identity.UserSignedIn;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.rules.RuleViolation.Kind;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person who signs in to a business: their role, the permissions granted or revoked on top of it,
 * whether they may sign in at all, and their sign-in record (wrong passwords in a row lock the account
 * for a while). Who manages whom is decided here by {@link StaffRules}.
 */
@Aggregate
public class User {

    @AggregateIdentifier
    private UUID userId;
    private UUID businessId;
    private String email;
    private String fullName;
    private Role role;
    private boolean active;
    private boolean hasPin;
    /** true: granted on top of the role; false: revoked from it. */
    private final Map<Permission, Boolean> overrides = new EnumMap<>(Permission.class);
    private int failuresInARow;
    private Instant lockedUntil;

    protected User() {
    }

    /** Lets a business's first owner be created in the same unit of work as the business. */
    public User(RegisterUser command, EmailRegistry emails, Clock clock) {
        register(command, emails, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UserState handle(RegisterUser command, EmailRegistry emails, Clock clock) {
        if (userId == null) {
            register(command, emails, clock);
            return state();
        }
        // A repeat (a retried request, the demo store seeded again on the next start) changes nothing.
        Rules.requireSameBusiness(businessId, command.businessId(), "USER_NOT_FOUND", userId);
        return state();
    }

    private void register(RegisterUser command, EmailRegistry emails, Clock clock) {
        String address = Rules.requireText(command.email(), "email", 254);
        Rules.require(address.contains("@"), "INVALID_EMAIL", "email must contain @");
        Rules.require(command.role() != null, "FIELD_REQUIRED", "role is required");
        Rules.require(command.passwordHash() != null && !command.passwordHash().isBlank(), "FIELD_REQUIRED",
                "a password is required");
        String name = Rules.requireText(command.fullName(), "fullName", 200);
        StaffRules.mayAssign(command.actor(), command.role());
        emails.claim(address, command.userId());
        apply(new UserRegistered(command.userId(), command.businessId(), EmailRegistry.normalize(address), name,
                command.role(), command.passwordHash()));
        if (command.pinHash() != null && !command.pinHash().isBlank()) {
            apply(new PinSet(command.userId(), command.businessId(), command.pinHash(), clock.instant()));
        }
    }

    @CommandHandler
    public UserState handle(ReviseUser command, EmailRegistry emails) {
        managedBy(command.businessId(), command.actor());
        String address = EmailRegistry.normalize(Rules.requireText(command.email(), "email", 254));
        Rules.require(address.contains("@"), "INVALID_EMAIL", "email must contain @");
        String name = Rules.requireText(command.fullName(), "fullName", 200);
        if (!address.equals(email)) {
            emails.claim(address, userId);
            emails.release(email, userId);
        }
        if (!address.equals(email) || !name.equals(fullName)) {
            apply(new UserRevised(userId, businessId, address, name));
        }
        return state();
    }

    @CommandHandler
    public UserState handle(ChangeUserRole command) {
        managedBy(command.businessId(), command.actor());
        StaffRules.notOwnAccess(command.actor(), userId);
        Rules.require(command.role() != null, "FIELD_REQUIRED", "role is required");
        StaffRules.mayAssign(command.actor(), command.role());
        if (command.role() != role) {
            apply(new UserRoleChanged(userId, businessId, role, command.role()));
        }
        return state();
    }

    @CommandHandler
    public UserState handle(DeactivateUser command, Clock clock) {
        managedBy(command.businessId(), command.actor());
        StaffRules.notOwnAccess(command.actor(), userId);
        if (active) {
            apply(new UserDeactivated(userId, businessId, clock.instant()));
        }
        return state();
    }

    @CommandHandler
    public UserState handle(ReactivateUser command, Clock clock) {
        managedBy(command.businessId(), command.actor());
        if (!active) {
            apply(new UserReactivated(userId, businessId, clock.instant()));
        }
        return state();
    }

    /** People change their own password; someone who manages staff can reset anyone else's. */
    @CommandHandler
    public void handle(ChangePassword command, Clock clock) {
        Rules.require(command.passwordHash() != null && !command.passwordHash().isBlank(), "FIELD_REQUIRED",
                "a password is required");
        boolean own = selfOrManagedBy(command.businessId(), command.actor());
        apply(new PasswordChanged(userId, businessId, command.passwordHash(), !own, clock.instant()));
    }

    @CommandHandler
    public void handle(SetPin command, Clock clock) {
        Rules.require(command.pinHash() != null && !command.pinHash().isBlank(), "FIELD_REQUIRED", "a PIN is required");
        selfOrManagedBy(command.businessId(), command.actor());
        apply(new PinSet(userId, businessId, command.pinHash(), clock.instant()));
    }

    @CommandHandler
    public UserState handle(GrantPermission command) {
        override(command.businessId(), command.actor(), command.permission(), true);
        return state();
    }

    @CommandHandler
    public UserState handle(RevokePermission command) {
        override(command.businessId(), command.actor(), command.permission(), false);
        return state();
    }

    private void override(UUID business, Actor actor, Permission permission, boolean granted) {
        managedBy(business, actor);
        StaffRules.notOwnAccess(actor, userId);
        Rules.require(permission != null, "FIELD_REQUIRED", "permission is required");
        Rules.require(!permission.platformOnly(), "PERMISSION_NOT_GRANTABLE",
                permission + " belongs to the platform and cannot be granted to anyone in a business");
        if (Boolean.valueOf(granted).equals(overrides.get(permission))) {
            return;
        }
        apply(granted ? new PermissionGranted(userId, businessId, permission)
                : new PermissionRevoked(userId, businessId, permission));
    }

    /** The password (or PIN) was checked by the caller; this decides whether the attempt may sign in, and counts it. */
    @CommandHandler
    public SignInOutcome handle(RecordSignIn command, Clock clock) {
        Instant now = clock.instant();
        if (!active) {
            throw new RuleViolation("INVALID_CREDENTIALS", Kind.UNAUTHENTICATED, "email or password is wrong");
        }
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            throw new RuleViolation("ACCOUNT_LOCKED", Kind.TOO_MANY_ATTEMPTS,
                    "too many wrong passwords; try again after " + lockedUntil,
                    Map.of("lockedUntil", lockedUntil.toString()));
        }
        if (command.passwordMatched()) {
            apply(new UserSignedIn(userId, businessId, command.terminalId(), now));
            return new SignInOutcome(true, 0);
        }
        int failures = failuresInARow + 1;
        apply(new SignInFailed(userId, businessId, command.terminalId(), failures, now));
        if (LockoutPolicy.locksOut(failures)) {
            apply(new UserLockedOut(userId, businessId, now.plus(LockoutPolicy.COOL_DOWN), now));
        }
        return new SignInOutcome(false, failures);
    }

    private void managedBy(UUID business, Actor actor) {
        Rules.requireSameBusiness(businessId, business, "USER_NOT_FOUND", userId);
        StaffRules.mayManage(actor, role);
    }

    /** Whether this is the given business's owner, signing in with this address. */
    public boolean owns(UUID business, String address) {
        return business.equals(businessId) && role == Role.OWNER && signsInAs(address);
    }

    private boolean signsInAs(String address) {
        return address != null && EmailRegistry.normalize(address).equals(email);
    }

    /** Whether the actor is this person; anyone else must be allowed to manage them. */
    private boolean selfOrManagedBy(UUID business, Actor actor) {
        boolean own = actor != null && userId.equals(actor.userId());
        if (own) {
            Rules.requireSameBusiness(businessId, business, "USER_NOT_FOUND", userId);
        } else {
            managedBy(business, actor);
        }
        return own;
    }

    private UserState state() {
        return new UserState(userId, businessId, email, fullName, role, active, hasPin, only(true), only(false));
    }

    private Set<Permission> only(boolean granted) {
        return overrides.entrySet().stream().filter(entry -> entry.getValue() == granted).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        businessId = event.businessId();
        email = event.email();
        fullName = event.fullName();
        role = event.role();
        active = true;
    }

    @EventSourcingHandler
    void on(UserRevised event) {
        email = event.email();
        fullName = event.fullName();
    }

    @EventSourcingHandler
    void on(UserRoleChanged event) {
        role = event.role();
    }

    @EventSourcingHandler
    void on(UserDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    void on(UserReactivated event) {
        active = true;
        failuresInARow = 0;
        lockedUntil = null;
    }

    @EventSourcingHandler
    void on(PasswordChanged event) {
        failuresInARow = 0;
        lockedUntil = null;
    }

    @EventSourcingHandler
    void on(PinSet event) {
        hasPin = true;
    }

    @EventSourcingHandler
    void on(PermissionGranted event) {
        overrides.put(event.permission(), true);
    }

    @EventSourcingHandler
    void on(PermissionRevoked event) {
        overrides.put(event.permission(), false);
    }

    @EventSourcingHandler
    void on(UserSignedIn event) {
        failuresInARow = 0;
        lockedUntil = null;
    }

    @EventSourcingHandler
    void on(SignInFailed event) {
        failuresInARow = event.failuresInARow();
    }

    @EventSourcingHandler
    void on(UserLockedOut event) {
        failuresInARow = 0;
        lockedUntil = event.lockedUntil();
    }
}
