package app.pos.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RegisterUser(@TargetAggregateIdentifier UUID userId, UUID businessId, String email,
                           String fullName, Role role, String passwordHash) {
}
