package app.pos.kernel.catalog;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record DiscontinueProduct(@TargetAggregateIdentifier UUID productId, UUID businessId, Actor actor) {
}
