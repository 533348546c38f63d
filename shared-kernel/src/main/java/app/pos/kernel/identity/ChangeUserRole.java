package app.pos.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ChangeUserRole(@TargetAggregateIdentifier UUID userId, UUID businessId, Role role, Actor actor) {
}
