package app.pos.kernel.identity;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record UserReactivated(UUID userId, UUID businessId, Instant reactivatedAt) {
}
