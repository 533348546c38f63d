package app.pos.kernel.sales;

import java.time.Instant;
import java.util.UUID;

/** What a sale command leaves behind: the bill as it now stands. */
public record BillOutcome(UUID saleId, SaleStatus status, Bill bill, Instant updatedAt) {
}
