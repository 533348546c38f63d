package app.pos.kernel.settings;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record TerminalRetired(UUID businessId, String terminalId, Instant retiredAt) {
}
