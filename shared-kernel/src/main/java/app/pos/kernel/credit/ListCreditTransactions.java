package app.pos.kernel.credit;

import app.pos.kernel.paging.PageRequest;

import java.util.UUID;

/** All of the business's udhaar movements, or one customer's when {@code customerId} is set. */
public record ListCreditTransactions(UUID businessId, UUID customerId, CreditTransactionType type, PageRequest page) {
}
