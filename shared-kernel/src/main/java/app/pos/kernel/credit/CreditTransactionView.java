package app.pos.kernel.credit;

import app.pos.kernel.money.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

public record CreditTransactionView(UUID id, UUID customerId, String customerName, @Nullable UUID saleId,
                                    CreditTransactionType transactionType, Money amount, Money balanceBefore,
                                    Money balanceAfter, @Nullable PaymentMethod paymentMethod, @Nullable String notes,
                                    UUID createdBy, Instant createdAt) {
}
