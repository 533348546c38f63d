package app.pos.kernel.catalog;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ProductDiscontinued(UUID productId, UUID businessId, Instant discontinuedAt) {
}
