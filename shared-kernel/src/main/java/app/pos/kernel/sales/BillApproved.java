package app.pos.kernel.sales;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record BillApproved(UUID saleId, UUID businessId, String billNumber, UUID approvedBy, String notes,
                           Instant approvedAt) {
}
