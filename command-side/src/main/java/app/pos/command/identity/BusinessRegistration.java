package app.pos.command.identity;

import app.pos.command.settings.Store;
import app.pos.command.shared.Aggregates;
import app.pos.command.shared.Rules;
import app.pos.kernel.identity.Platform;
import app.pos.kernel.identity.RegisterBusiness;
import app.pos.kernel.identity.RegisterUser;
import app.pos.kernel.identity.Role;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.rules.RuleViolation.Kind;
import app.pos.kernel.settings.OpenStore;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/**
 * Opens a business and creates its first owner in one unit of work, so there is never a store nobody
 * can sign in to, nor an owner of no store. A repeated registration with the same id answers with the
 * business it made (another registration under the same id is refused); the owner's email being taken
 * refuses the whole registration.
 */
@Component
public class BusinessRegistration {

    private final Repository<Store> stores;
    private final Repository<User> users;
    private final EmailRegistry emails;
    private final EventStore events;
    private final Clock clock;

    public BusinessRegistration(Repository<Store> stores, Repository<User> users, EmailRegistry emails,
                                EventStore events, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.emails = emails;
        this.events = events;
        this.clock = clock;
    }

    @CommandHandler
    public UUID handle(RegisterBusiness command) {
        Rules.require(command.businessId() != null && command.ownerId() != null, "FIELD_REQUIRED",
                "a business id and an owner id are required");
        if (Platform.BUSINESS_ID.equals(command.businessId())) {
            throw new RuleViolation("BUSINESS_ID_RESERVED", Kind.UNPROCESSABLE, "this id belongs to the platform");
        }
        if (Aggregates.exists(events, command.businessId())) {
            boolean repeated = Aggregates.find(users, command.ownerId())
                    .map(owner -> owner.invoke(user -> user.owns(command.businessId(), command.ownerEmail())))
                    .orElse(false);
            if (!repeated) {
                throw new RuleViolation("BUSINESS_ALREADY_REGISTERED", Kind.CONFLICT,
                        "a business with the id " + command.businessId() + " is already registered");
            }
            return command.businessId();
        }
        if (Aggregates.exists(events, command.ownerId())) {
            throw new RuleViolation("USER_ID_TAKEN", Kind.CONFLICT, "a user already has the id " + command.ownerId());
        }
        Aggregates.create(stores, () -> new Store(new OpenStore(command.businessId(), command.settings(), null), clock));
        Aggregates.create(users, () -> new User(new RegisterUser(command.ownerId(), command.businessId(),
                command.ownerEmail(), command.ownerFullName(), Role.OWNER, command.ownerPasswordHash(), null, null), emails, clock));
        return command.businessId();
    }
}
