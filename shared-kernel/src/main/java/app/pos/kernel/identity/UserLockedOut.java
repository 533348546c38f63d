package app.pos.kernel.identity;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** Too many wrong passwords in a row: no sign-in, even with the right one, until {@code lockedUntil}. */
@Revision("1")
public record UserLockedOut(UUID userId, UUID businessId, Instant lockedUntil, Instant lockedAt) {
}
