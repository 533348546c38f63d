package app.pos.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Corrects a person's name or sign-in email. */
public record ReviseUser(@TargetAggregateIdentifier UUID userId, UUID businessId, String email,
                         String fullName, Actor actor) {
}
