package app.pos.kernel.dashboard;

import java.time.Instant;
import java.util.UUID;

/**
 * One push of a live stream as it was recorded: {@code id} grows in the order pushes were recorded, so a
 * client that reconnects with the last id it saw is sent exactly what it missed. {@code json} is the
 * payload already serialised, so a missed push is replayed byte for byte as it was first sent.
 */
public record LiveEvent(long id, UUID businessId, LiveStream stream, String type, String json,
                        Instant occurredAt) implements DashboardSignal {
}
