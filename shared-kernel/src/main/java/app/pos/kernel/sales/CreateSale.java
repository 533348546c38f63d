package app.pos.kernel.sales;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Ring up a bill. Repeating it with the same {@code saleId} returns the first outcome and changes nothing. */
public record CreateSale(@TargetAggregateIdentifier UUID saleId, UUID businessId, Cart cart, Actor actor) {
}
