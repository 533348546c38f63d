package app.pos.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Lets one person do something their role alone would not let them do. */
public record GrantPermission(@TargetAggregateIdentifier UUID userId, UUID businessId, Permission permission,
                              Actor actor) {
}
