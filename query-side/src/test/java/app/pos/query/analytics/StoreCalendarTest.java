package app.pos.query.analytics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCalendarTest {

    @Test
    void aZoneWithoutDaylightSavingAddsItsOffset() {
        StoreCalendar kolkata = new StoreCalendar("Asia/Kolkata");

        assertThat(kolkata.localSeconds("completed_at", Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo("(EXTRACT(EPOCH FROM completed_at) + 19800)");
        assertThat(kolkata.startOf(LocalDate.parse("2026-11-21"))).isEqualTo(Instant.parse("2026-11-20T18:30:00Z"));
        assertThat(kolkata.endOf(LocalDate.parse("2026-11-21"))).isEqualTo(Instant.parse("2026-11-21T18:30:00Z"));
    }

    /** New York moves its clocks forward at 2026-03-08T07:00:00Z (1772953200): -5 h before, -4 h after. */
    @Test
    void aDaylightSavingChangeInsideTheWindowSwitchesTheOffsetAtThatInstant() {
        StoreCalendar newYork = new StoreCalendar("America/New_York");

        assertThat(newYork.localSeconds("c", newYork.startOf(LocalDate.parse("2026-03-01")),
                newYork.endOf(LocalDate.parse("2026-03-31"))))
                .isEqualTo("(EXTRACT(EPOCH FROM c) + CASE WHEN EXTRACT(EPOCH FROM c) < 1772953200 THEN -18000 "
                        + "ELSE -14400 END)");
    }

    @Test
    void storeDaysAndHoursCountFromTheEpochOnTheStoresClock() {
        assertThat(StoreCalendar.epochDay("x")).isEqualTo("FLOOR(x / 86400)");
        assertThat(StoreCalendar.epochHour("x")).isEqualTo("FLOOR(x / 3600)");
    }
}
