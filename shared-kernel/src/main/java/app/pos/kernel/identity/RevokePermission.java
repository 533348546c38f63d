package app.pos.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Stops one person doing something their role would otherwise let them do. */
public record RevokePermission(@TargetAggregateIdentifier UUID userId, UUID businessId, Permission permission,
                               Actor actor) {
}
