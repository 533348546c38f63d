package app.pos.kernel.identity;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** Only the PIN's one-way hash is recorded. */
@Revision("1")
public record PinSet(UUID userId, UUID businessId, String pinHash, Instant setAt) {
}
