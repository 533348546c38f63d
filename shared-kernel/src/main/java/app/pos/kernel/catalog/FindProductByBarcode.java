package app.pos.kernel.catalog;

import java.util.UUID;

public record FindProductByBarcode(UUID businessId, String barcode) {
}
