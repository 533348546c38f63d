package app.pos.kernel.stock;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A restock (quantity &gt; 0) or a manual adjustment (quantity may be negative) of a product's stock. */
public record ChangeStock(@TargetAggregateIdentifier UUID productId, UUID businessId, MovementType type,
                          Quantity quantity, String reason, Actor actor) {
}
