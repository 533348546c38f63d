package app.pos.query.replay;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Where a rebuild stands. {@code processed} and {@code total} count events in the store (the total grows
 * while tills keep selling); {@code etaSeconds} is null until there is a rate to go by.
 */
public record RebuildProgress(String projection, Phase phase, long processed, long total, long eventsPerSecond,
                              @Nullable Long etaSeconds, Instant startedAt, @Nullable Instant finishedAt,
                              @Nullable String error) {

    public enum Phase {
        /** Creating the shadow tables. */
        PREPARING,
        /** Replaying the event store into the shadow tables; the live tables still answer every read. */
        REPLAYING,
        /** The live projection is paused for the last events, then the rebuilt rows take its tables' place. */
        SWITCHING,
        DONE,
        FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }
}
