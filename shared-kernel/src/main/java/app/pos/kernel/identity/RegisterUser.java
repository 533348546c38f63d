package app.pos.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Adds a person to a business, with a till PIN if {@code pinHash} is given. {@code actor} is who adds them;
 * null when the platform itself does (its admin from configuration, a business's first owner, the demo store).
 */
public record RegisterUser(@TargetAggregateIdentifier UUID userId, UUID businessId, String email,
                           String fullName, Role role, String passwordHash, String pinHash, Actor actor) {
}
