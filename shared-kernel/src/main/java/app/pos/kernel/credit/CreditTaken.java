package app.pos.kernel.credit;

import app.pos.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record CreditTaken(UUID transactionId, UUID customerId, UUID businessId, UUID saleId, String billNumber,
                          Money amount, Money balanceBefore, Money balanceAfter, UUID recordedBy, Instant occurredAt) {
}
