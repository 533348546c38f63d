package app.pos.command.identity;

import app.pos.command.shared.Rules;
import app.pos.kernel.identity.RegisterUser;
import app.pos.kernel.identity.UserRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person who signs in to a business. */
@Aggregate
public class User {

    @AggregateIdentifier
    private UUID userId;

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

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
    }
}
