package app.pos.kernel.sales;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RejectBill(@TargetAggregateIdentifier UUID saleId, UUID businessId, String notes, Actor actor) {
}
