package app.pos.kernel.credit;

import app.pos.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Asks whether this much more udhaar would stay within the customer's limit now, changing nothing. */
public record CheckCredit(@TargetAggregateIdentifier UUID customerId, UUID businessId, Money amount) {
}
