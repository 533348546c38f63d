package app.pos.kernel.credit;

import app.pos.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record CreditPaymentRecorded(UUID paymentId, UUID customerId, UUID businessId, Money amount,
                                    PaymentMethod method, String notes, Money balanceBefore, Money balanceAfter,
                                    UUID recordedBy, Instant occurredAt) {
}
