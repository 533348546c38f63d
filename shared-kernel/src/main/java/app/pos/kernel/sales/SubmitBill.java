package app.pos.kernel.sales;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A draft goes forward again: completed, or back to the owner if it is still over the threshold. */
public record SubmitBill(@TargetAggregateIdentifier UUID saleId, Money approvalThreshold, Actor actor) {
}
