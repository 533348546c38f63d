package app.pos.kernel.credit;

import app.pos.kernel.money.Money;

import java.time.Instant;
import java.util.UUID;

/** What a recorded udhaar payment leaves behind. */
public record CreditPaymentReceipt(UUID paymentId, UUID customerId, String customerName, Money amount,
                                   PaymentMethod method, String notes, Money balanceBefore, Money balanceAfter,
                                   UUID recordedBy, Instant recordedAt) {
}
