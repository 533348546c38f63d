package app.pos.kernel.catalog;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ProductCreated(UUID productId, UUID businessId, ProductDetails details, ProductStatus status,
                             Instant createdAt) {
}
