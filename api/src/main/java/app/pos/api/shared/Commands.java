package app.pos.api.shared;

import app.pos.kernel.rules.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * Sends commands on behalf of a caller. Command handlers write to the event store over JDBC, so they
 * run on a bounded pool of their own, never on the web server's event loop. The caller's identity goes
 * along as metadata, and from there onto every event (see the audit correlation provider).
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final Scheduler scheduler;

    public Commands(CommandGateway gateway, @Value("${pos.commands.threads:16}") int threads) {
        this.gateway = gateway;
        this.scheduler = Schedulers.newBoundedElastic(threads, 10_000, "command");
    }

    public <R> Mono<R> send(Object command, Caller caller) {
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(caller));
        return Mono.<R>fromCallable(() -> gateway.sendAndWait(message))
                .subscribeOn(scheduler)
                .onErrorMap(Commands::unwrap);
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
