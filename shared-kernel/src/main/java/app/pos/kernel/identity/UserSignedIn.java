package app.pos.kernel.identity;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record UserSignedIn(UUID userId, UUID businessId, String terminalId, Instant signedInAt) {
}
