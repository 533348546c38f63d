package app.pos.kernel.identity;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record UserDeactivated(UUID userId, UUID businessId, Instant deactivatedAt) {
}
