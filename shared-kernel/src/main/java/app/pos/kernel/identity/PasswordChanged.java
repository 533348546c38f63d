package app.pos.kernel.identity;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** Only the new password's one-way hash is recorded. {@code reset} when someone else set it. */
@Revision("1")
public record PasswordChanged(UUID userId, UUID businessId, String passwordHash, boolean reset, Instant changedAt) {
}
