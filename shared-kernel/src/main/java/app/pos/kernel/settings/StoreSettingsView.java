package app.pos.kernel.settings;

import java.time.Instant;
import java.util.UUID;

public record StoreSettingsView(UUID businessId, StoreSettings settings, Instant updatedAt) {
}
