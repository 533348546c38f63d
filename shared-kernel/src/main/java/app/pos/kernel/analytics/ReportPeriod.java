package app.pos.kernel.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Store days from {@code from} to {@code to}, both included, in the store's time zone, and the stretch of
 * days they are compared with ({@code previousFrom} to {@code previousTo}).
 */
public record ReportPeriod(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                           String timeZone) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
