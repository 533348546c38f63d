package app.pos.kernel.sales;

import java.util.UUID;

public record FindSale(UUID businessId, UUID saleId) {
}
