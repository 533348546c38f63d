package app.pos.kernel.catalog;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The product's details as they are from now on (the whole picture, not a diff). */
@Revision("1")
public record ProductRevised(UUID productId, UUID businessId, ProductDetails details, ProductStatus status,
                             Instant revisedAt) {
}
