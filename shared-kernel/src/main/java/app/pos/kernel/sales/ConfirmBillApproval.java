package app.pos.kernel.sales;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The owner's yes to a pending bill; the checkout then takes its stock and money in the same commit. */
public record ConfirmBillApproval(@TargetAggregateIdentifier UUID saleId, String notes, Actor actor) {
}
