package app.pos.kernel.sales;

import java.util.UUID;

public record FindSaleByBillNumber(UUID businessId, String billNumber) {
}
