package app.pos.query.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A store's days as instants, and its wall clock inside SQL. Both H2 and PostgreSQL agree on seconds since
 * the epoch, so a timestamp is turned into store-local seconds by adding the zone's offset, taken from
 * Java's zone rules (the same ones that decide "today" everywhere else) and written into the statement
 * as plain numbers; a daylight-saving change inside the window becomes a CASE on the instant.
 */
final class StoreCalendar {

    static final int SECONDS_PER_DAY = 86_400;
    static final int SECONDS_PER_HOUR = 3_600;

    private final ZoneId zone;

    StoreCalendar(String timeZone) {
        this.zone = ZoneId.of(timeZone);
    }

    ZoneId zone() {
        return zone;
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The instant the day after {@code day} begins: the exclusive end of {@code day}. */
    Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * Store-local seconds since 1970-01-01T00:00 for the timestamp in {@code column}, exact for rows whose
     * timestamp lies in [from, to).
     */
    String localSeconds(String column, Instant from, Instant to) {
        String epoch = "EXTRACT(EPOCH FROM " + column + ")";
        ZoneRules rules = zone.getRules();
        StringBuilder offsets = new StringBuilder();
        ZoneOffsetTransition change = rules.nextTransition(from);
        while (change != null && change.getInstant().isBefore(to)) {
            offsets.append(" WHEN ").append(epoch).append(" < ").append(change.getInstant().getEpochSecond())
                    .append(" THEN ").append(change.getOffsetBefore().getTotalSeconds());
            change = rules.nextTransition(change.getInstant());
        }
        int last = rules.getOffset(to.minusSeconds(1)).getTotalSeconds();
        return offsets.isEmpty()
                ? "(" + epoch + " + " + last + ")"
                : "(" + epoch + " + CASE" + offsets + " ELSE " + last + " END)";
    }

    /** The store day (days since 1970-01-01) of a store-local seconds expression. */
    static String epochDay(String localSeconds) {
        return "FLOOR(" + localSeconds + " / " + SECONDS_PER_DAY + ")";
    }

    /** The store hour (hours since 1970-01-01T00:00) of a store-local seconds expression. */
    static String epochHour(String localSeconds) {
        return "FLOOR(" + localSeconds + " / " + SECONDS_PER_HOUR + ")";
    }
}
