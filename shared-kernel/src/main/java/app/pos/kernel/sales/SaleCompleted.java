package app.pos.kernel.sales;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The bill is final: its stock has left the shelf and its money (and udhaar) is booked in the same commit. */
@Revision("1")
public record SaleCompleted(UUID saleId, UUID businessId, Bill bill, Instant completedAt) {
}
