package app.pos.kernel.settings;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record TerminalRegistered(UUID businessId, String terminalId, String name, Instant registeredAt) {
}
