package app.pos.kernel.sales;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** Sent back to DRAFT with the owner's notes, to be edited and resubmitted. */
@Revision("1")
public record BillRejected(UUID saleId, UUID businessId, String billNumber, UUID rejectedBy, String notes,
                           Instant rejectedAt) {
}
