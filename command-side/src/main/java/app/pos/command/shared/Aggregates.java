package app.pos.command.shared;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Lets one command handler work on several aggregates in one unit of work: each is loaded (and locked)
 * through its repository and handed its own command, so its rules run exactly as when the command
 * comes over the bus. Everything they apply commits together or not at all.
 */
public final class Aggregates {

    private Aggregates() {
    }

    public static <T> Optional<Aggregate<T>> find(Repository<T> repository, UUID id) {
        try {
            return Optional.of(repository.load(id.toString()));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Whether anything was ever recorded under this id, without loading (or locking) it. */
    public static boolean exists(EventStore events, UUID id) {
        return events.lastSequenceNumberFor(id.toString()).isPresent();
    }

    public static <T> Aggregate<T> create(Repository<T> repository, Callable<T> factory) {
        try {
            return repository.newInstance(factory);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <R> R send(Aggregate<?> aggregate, Object command) {
        try {
            return (R) aggregate.handle(GenericCommandMessage.asCommandMessage(command));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
