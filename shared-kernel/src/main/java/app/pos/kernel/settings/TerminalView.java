package app.pos.kernel.settings;

import java.time.Instant;

public record TerminalView(String terminalId, String name, boolean active, Instant registeredAt, Instant retiredAt) {
}
