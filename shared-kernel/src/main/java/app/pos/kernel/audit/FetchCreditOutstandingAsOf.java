package app.pos.kernel.audit;

import java.time.Instant;
import java.util.UUID;

/** The whole store's outstanding udhaar at {@code asOf}; answered with a {@link app.pos.kernel.credit.CreditOutstanding}. */
public record FetchCreditOutstandingAsOf(UUID businessId, Instant asOf) {
}
