package app.pos.kernel.identity;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A wrong password on this account; {@code failuresInARow} is how many since the last success or lockout. */
@Revision("1")
public record SignInFailed(UUID userId, UUID businessId, String terminalId, int failuresInARow, Instant failedAt) {
}
