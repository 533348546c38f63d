package app.pos.kernel.settings;

import java.util.UUID;

public record FindTerminal(UUID businessId, String terminalId) {
}
