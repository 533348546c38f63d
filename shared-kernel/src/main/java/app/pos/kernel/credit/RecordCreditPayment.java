package app.pos.kernel.credit;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The customer pays down udhaar. {@code paymentId} is the client's id: repeating it changes nothing. */
public record RecordCreditPayment(@TargetAggregateIdentifier UUID customerId, UUID businessId, UUID paymentId,
                                  Money amount, PaymentMethod method, String notes, Actor actor) {
}
