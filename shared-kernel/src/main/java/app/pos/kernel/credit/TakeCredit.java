package app.pos.kernel.credit;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Puts part of a bill on the customer's udhaar as the bill completes. */
public record TakeCredit(@TargetAggregateIdentifier UUID customerId, UUID businessId, UUID saleId, String billNumber,
                         Money amount, Actor actor) {
}
