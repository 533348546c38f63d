package app.pos.kernel.settings;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The store's settings as they are from now on. */
@Revision("1")
public record StoreSettingsChanged(UUID businessId, StoreSettings settings, UUID changedBy, Instant changedAt) {
}
