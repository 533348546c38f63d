package app.pos.command.identity;

import app.pos.command.shared.Rules;
import app.pos.kernel.identity.RecordSignIn;
import app.pos.kernel.identity.RegisterUser;
import app.pos.kernel.identity.SignInFailed;
import app.pos.kernel.identity.SignInOutcome;
import app.pos.kernel.identity.UserLockedOut;
import app.pos.kernel.identity.UserRegistered;
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
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person who signs in to a business; wrong passwords in a row lock the account for a while. */
@Aggregate
public class User {

    @AggregateIdentifier
    private UUID userId;
    private UUID businessId;
    private int failuresInARow;
    private Instant lockedUntil;

    protected User() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(RegisterUser command, EmailRegistry emails) {
        if (userId != null) {
            return userId;
        }
        String email = Rules.requireText(command.email(), "email", 254);
        Rules.require(email.contains("@"), "INVALID_EMAIL", "email must contain @");
        Rules.require(command.role() != null, "FIELD_REQUIRED", "role is required");
        Rules.require(command.passwordHash() != null && !command.passwordHash().isBlank(), "FIELD_REQUIRED",
                "a password is required");
        String fullName = Rules.requireText(command.fullName(), "fullName", 200);
        emails.claim(email, command.userId());
        apply(new UserRegistered(command.userId(), command.businessId(), EmailRegistry.normalize(email), fullName,
                command.role(), command.passwordHash()));
        return command.userId();
    }

    /** The password was checked by the caller; this decides whether the attempt may sign in, and counts it. */
    @CommandHandler
    public SignInOutcome handle(RecordSignIn command, Clock clock) {
        Instant now = clock.instant();
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

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        businessId = event.businessId();
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
