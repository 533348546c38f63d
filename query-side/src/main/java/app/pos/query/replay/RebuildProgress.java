package app.pos.query.replay;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;

/**
 * Where a rebuild or a verification stands. {@code processed} and {@code total} count events in the store
 * (the total grows while tills keep selling); {@code etaSeconds} is null until there is a rate to go by.
 * A finished verification says, per table, how many rows of the live table and of the rebuilt one have no
 * equal in the other: all zero means the projection is exactly what its events make of it.
 */
public record RebuildProgress(String projection, Mode mode, Phase phase, long processed, long total,
                              long eventsPerSecond, @Nullable Long etaSeconds, Instant startedAt,
                              @Nullable Instant finishedAt, @Nullable Map<String, Long> differences,
                              @Nullable String error) {

    public enum Mode {
        /** The rebuilt tables replace the live ones. */
        REBUILD,
        /** The rebuilt tables are compared with the live ones, which stay as they are. */
        VERIFY
    }

    public enum Phase {
        /** Creating the shadow tables. */
        PREPARING,
        /** Replaying the event store into the shadow tables; the live tables still answer every read. */
        REPLAYING,
        /**
         * The live projections are paused while the shadow takes the last events they took; then the rebuilt
         * rows take the live tables' place, or are compared with them.
         */
        SWITCHING,
        DONE,
        FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }
}
