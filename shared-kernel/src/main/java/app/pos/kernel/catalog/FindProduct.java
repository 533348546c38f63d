package app.pos.kernel.catalog;

import java.util.UUID;

public record FindProduct(UUID businessId, UUID productId) {
}
