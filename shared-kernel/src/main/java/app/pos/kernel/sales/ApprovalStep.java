package app.pos.kernel.sales;

import app.pos.kernel.money.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One step in a bill's approval: SUBMITTED, APPROVED, REJECTED or REVISED. */
public record ApprovalStep(UUID saleId, String action, UUID performedBy, @Nullable String notes,
                           @Nullable Money totalAmount, Instant occurredAt) {
}
