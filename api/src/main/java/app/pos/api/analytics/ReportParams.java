package app.pos.api.analytics;

import app.pos.api.problem.InvalidInput;
import app.pos.kernel.analytics.ReportPeriod;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The period every trading report covers, in store days: {@code 7d} (the default) is the last seven days
 * with today, compared with the seven before; {@code month} is this month to date, compared with the same
 * days of last month; {@code custom} is {@code from} to {@code to}, both included, compared with as many
 * days just before. {@code format} is json or csv.
 */
public record ReportParams(
        @Parameter(description = "7d (default: the last 7 store days, today included), month (this month to "
                + "date) or custom (from and to)", schema = @Schema(allowableValues = {"7d", "month", "custom"}))
        String period,
        @Parameter(description = "First store day of a custom period, e.g. 2026-11-01") String from,
        @Parameter(description = "Last store day of a custom period, included; at most 366 days after from")
        String to,
        @Parameter(description = Reports.FORMAT, schema = @Schema(allowableValues = {"json", "csv"})) String format) {

    static final int MAX_DAYS = 366;

    public ReportPeriod resolve(LocalDate today, String timeZone) {
        String kind = period == null || period.isBlank()
                ? (from != null || to != null ? "custom" : "7d")
                : period.strip().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "7d" -> fixed(today.minusDays(6), today, today.minusDays(13), today.minusDays(7), timeZone);
            case "month" -> month(today, timeZone);
            case "custom" -> custom(timeZone);
            default -> throw new InvalidInput("period", "must be 7d, month or custom");
        };
    }

    private ReportPeriod fixed(LocalDate start, LocalDate end, LocalDate previousStart, LocalDate previousEnd,
                               String timeZone) {
        if (from != null || to != null) {
            throw new InvalidInput("period", "from and to go with period=custom");
        }
        return new ReportPeriod(start, end, previousStart, previousEnd, timeZone);
    }

    /** Compared with the same days of the month before, cut short where that month is shorter. */
    private ReportPeriod month(LocalDate today, String timeZone) {
        YearMonth before = YearMonth.from(today).minusMonths(1);
        return fixed(today.withDayOfMonth(1), today, before.atDay(1),
                before.atDay(Math.min(today.getDayOfMonth(), before.lengthOfMonth())), timeZone);
    }

    private ReportPeriod custom(String timeZone) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "INVALID_PERIOD", "must not be after to");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw new InvalidInput("to", "PERIOD_TOO_LONG", "a period spans at most " + MAX_DAYS + " days");
        }
        return new ReportPeriod(start, end, start.minusDays(days), start.minusDays(1), timeZone);
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "MISSING_PARAMETER", "is required with period=custom");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidInput(field, "must be an ISO date such as 2026-11-21");
        }
    }
}
