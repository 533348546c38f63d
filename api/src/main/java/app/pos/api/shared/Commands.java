package app.pos.api.shared;

import app.pos.kernel.rules.Rejection;
import app.pos.kernel.rules.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Sends commands on behalf of a caller. Command handlers write to the event store over JDBC, so they
 * run on a bounded pool of their own, never on the web server's event loop. The caller's identity goes
 * along as metadata, and from there onto every event (see the audit correlation provider).
 */
@Component
public class Commands {

    /** A command that has not finished by then is reported as failed rather than holding the request. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final CommandGateway gateway;
    private final Scheduler scheduler;

    public Commands(CommandGateway gateway, @Value("${pos.commands.threads:16}") int threads) {
        this.gateway = gateway;
        this.scheduler = Schedulers.newBoundedElastic(threads, 10_000, "command");
    }

    public <R> Mono<R> send(Object command, Caller caller) {
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(caller));
        return Mono.<R>fromCallable(() -> gateway.sendAndWait(message, TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .subscribeOn(scheduler)
                // Nothing of a command that lost a race commits, so sending it again is safe: a duplicate
                // CreateSale then finds the bill the winner made and answers with it.
                .retryWhen(Retry.max(2).filter(Commands::isConflict))
                .onErrorMap(Commands::unwrap);
    }

    /** As {@link #send}, but a target aggregate that does not exist is reported with the entity's own code. */
    public <R> Mono<R> send(Object command, Caller caller, String notFoundCode) {
        return this.<R>send(command, caller).onErrorMap(error -> isCause(error, AggregateNotFoundException.class),
                error -> new RuleViolation(notFoundCode, RuleViolation.Kind.NOT_FOUND, "nothing found"));
    }

    /**
     * Another request changed (or created) the same aggregate at the same moment: an optimistic-lock
     * conflict, or the event store's unique (aggregate, sequence) index refusing the second append
     * (SQLState 23505 on PostgreSQL and H2 alike, which Axon's default resolver does not recognise).
     */
    public static boolean isConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static MetaData metaData(Caller caller) {
        Map<String, Object> data = new HashMap<>();
        if (caller.userId() != null) {
            data.put("userId", caller.userId().toString());
            data.put("role", caller.role().name());
            data.put("businessId", caller.businessId().toString());
        }
        putIfPresent(data, "terminalId", caller.terminalId());
        putIfPresent(data, "requestId", caller.requestId());
        putIfPresent(data, "correlationId", caller.correlationId());
        return MetaData.from(data);
    }

    private static void putIfPresent(Map<String, Object> data, String key, String value) {
        if (value != null && !value.isBlank()) {
            data.put(key, value);
        }
    }

    /** A rule violation that crossed a node boundary arrives as details of a command execution exception. */
    private static Throwable unwrap(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CommandExecutionException remote) {
            return remote.getDetails().filter(Rejection.class::isInstance).map(Rejection.class::cast)
                    .<Throwable>map(Rejection::toViolation).orElse(remote);
        }
        return cause;
    }
}
