package app.pos.kernel.sales;

import java.time.Instant;
import java.util.UUID;

public record SaleView(UUID id, UUID businessId, SaleStatus status, Bill bill, Instant updatedAt) {
}
