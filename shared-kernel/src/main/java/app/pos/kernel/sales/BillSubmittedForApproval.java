package app.pos.kernel.sales;

import app.pos.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A bill over the store's threshold waits for an owner; it has touched no stock and no money. */
@Revision("1")
public record BillSubmittedForApproval(UUID saleId, UUID businessId, Bill bill, Money approvalThreshold,
                                       Instant submittedAt) {
}
