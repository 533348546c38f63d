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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;

/**
 * Sends commands on behalf of a caller. Command handlers write to the event store over JDBC, so they
 * run on a bounded pool of their own, never on the web server's event loop. A client that goes away
 * does not cut a command short: its thread is never interrupted, the command commits or rolls back as a
 * whole, and a retry with the same id finds the outcome. The caller's identity goes along as metadata,
 * and from there onto every event (see the audit correlation provider).
 */
@Component
public class Commands implements DisposableBean {

    /** A command that has not finished by then is reported as failed rather than holding the request. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int QUEUE = 10_000;

    private final CommandGateway gateway;
    private final ThreadPoolExecutor executor;

    public Commands(CommandGateway gateway, @Value("${pos.commands.threads:16}") int threads) {
        this.gateway = gateway;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE), task -> {
                    Thread thread = new Thread(task, "command-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public <R> Mono<R> send(Object command, Caller caller) {
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(caller));
        return Mono.<R>fromFuture(() -> CompletableFuture.supplyAsync(
                        () -> gateway.sendAndWait(message, TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), executor), true)
                // Nothing of a command that lost a race commits, so sending it again is safe: a duplicate
                // CreateSale then finds the bill the winner made and answers with it.
                .retryWhen(Retry.max(2).filter(Commands::isConflict))
                .onErrorMap(Commands::unwrap);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }

    /** As {@link #send}, but a target aggregate that does not exist is reported with the entity's own code. */
    public <R> Mono<R> send(Object command, Caller caller, String notFoundCode) {
        return this.<R>send(command, caller).onErrorMap(error -> Causes.find(error, AggregateNotFoundException.class) != null,
                error -> new RuleViolation(notFoundCode, RuleViolation.Kind.NOT_FOUND, "nothing found"));
    }

    /**
     * Another request changed (or created) the same aggregate at the same moment: an optimistic-lock
     * conflict, or the event store's unique (aggregate, sequence) index refusing the second append
     * (SQLState 23505 on PostgreSQL and H2 alike, which Axon's default resolver does not recognise).
     */
    public static boolean isConflict(Throwable error) {
        return Causes.any(error, cause -> cause instanceof ConcurrencyException
                || cause instanceof AggregateStreamCreationException) || Causes.isDuplicateKey(error);
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
