package app.pos.kernel.settings;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Names a till of the store, as it identifies itself in {@code X-Terminal-Id}. Only registered tills
 * take PIN sign-ins.
 */
public record RegisterTerminal(@TargetAggregateIdentifier UUID businessId, String terminalId, String name,
                               Actor actor) {
}
