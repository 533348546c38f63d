package app.pos.kernel.sales;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record DraftBillRevised(UUID saleId, UUID businessId, Bill bill, UUID revisedBy, Instant revisedAt) {
}
