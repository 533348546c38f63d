package app.pos.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A new password, set by the person themselves or reset by someone who manages staff. Only its hash travels. */
public record ChangePassword(@TargetAggregateIdentifier UUID userId, UUID businessId, String passwordHash,
                             Actor actor) {
}
