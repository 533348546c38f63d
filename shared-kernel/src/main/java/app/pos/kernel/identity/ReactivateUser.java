package app.pos.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ReactivateUser(@TargetAggregateIdentifier UUID userId, UUID businessId, Actor actor) {
}
