package app.pos.kernel.audit;

import java.time.Instant;
import java.util.UUID;

/** A customer's udhaar and wallet balances as they stood at {@code asOf}, folded from the customer's events. */
public record FetchCustomerBalanceAsOf(UUID businessId, UUID customerId, Instant asOf) {
}
