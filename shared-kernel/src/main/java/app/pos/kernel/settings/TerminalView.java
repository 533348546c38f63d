package app.pos.kernel.settings;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

public record TerminalView(String terminalId, String name, boolean active, Instant registeredAt,
                           @Nullable Instant retiredAt) {
}
