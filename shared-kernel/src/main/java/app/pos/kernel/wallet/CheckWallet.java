package app.pos.kernel.wallet;

import app.pos.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Asks whether the customer's wallet holds this much now, changing nothing. */
public record CheckWallet(@TargetAggregateIdentifier UUID customerId, UUID businessId, Money amount) {
}
