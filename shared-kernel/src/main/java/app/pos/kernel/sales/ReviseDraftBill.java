package app.pos.kernel.sales;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Edit a rejected bill before resubmitting it. */
public record ReviseDraftBill(@TargetAggregateIdentifier UUID saleId, UUID businessId, Cart cart, Actor actor) {
}
