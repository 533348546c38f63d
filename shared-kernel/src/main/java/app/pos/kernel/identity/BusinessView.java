package app.pos.kernel.identity;

import java.time.Instant;
import java.util.UUID;

public record BusinessView(UUID id, String storeName, String timeZone, String currencySymbol, long staffCount,
                           Instant openedAt) {
}
