package app.pos.kernel.dashboard;

import java.util.UUID;

/** The pushes of one stream recorded after {@code afterId}, oldest first, at most {@code limit}. */
public record FetchLiveEvents(UUID businessId, LiveStream stream, long afterId, int limit) {
}
