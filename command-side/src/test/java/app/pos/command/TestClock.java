package app.pos.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The one moment every command-side test runs at, so expected events can carry exact timestamps. */
public final class TestClock {

    public static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestClock() {
    }
}
