package app.pos.kernel.credit;

import app.pos.kernel.money.Money;

import java.time.Instant;
import java.util.UUID;

public record CreditTransactionView(UUID id, UUID customerId, String customerName, UUID saleId,
                                    CreditTransactionType transactionType, Money amount, Money balanceBefore,
                                    Money balanceAfter, PaymentMethod paymentMethod, String notes, UUID createdBy,
                                    Instant createdAt) {
}
