package app.pos.kernel.settings;

import java.util.UUID;

public record ListTerminals(UUID businessId) {
}
