package app.pos.kernel.settings;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The till is gone (sold, stolen, replaced): PIN sign-ins from it stop. */
public record RetireTerminal(@TargetAggregateIdentifier UUID businessId, String terminalId, Actor actor) {
}
