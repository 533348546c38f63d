package app.pos.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The person can no longer sign in, and every session they have ends; their history stays. */
public record DeactivateUser(@TargetAggregateIdentifier UUID userId, UUID businessId, Actor actor) {
}
