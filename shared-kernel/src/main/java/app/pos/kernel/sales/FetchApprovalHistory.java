package app.pos.kernel.sales;

import java.util.UUID;

public record FetchApprovalHistory(UUID businessId, UUID saleId) {
}
