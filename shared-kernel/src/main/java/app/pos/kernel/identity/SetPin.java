package app.pos.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The short PIN a person types to take over a registered till. Only its hash travels. */
public record SetPin(@TargetAggregateIdentifier UUID userId, UUID businessId, String pinHash, Actor actor) {
}
