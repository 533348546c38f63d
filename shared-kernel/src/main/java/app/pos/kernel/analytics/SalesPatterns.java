package app.pos.kernel.analytics;

import app.pos.kernel.money.Money;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * When the shop sells, on its own clock: every hour of the day (0-23) and every day of the week, each
 * present. {@code days} is how many of that weekday the period holds, and {@code averageRevenuePerDay}
 * the revenue of one such day on average.
 */
public record SalesPatterns(LocalDate from, LocalDate to, String timeZone, List<HourTakings> byHour,
                            List<WeekdayTakings> byDayOfWeek) {

    public record HourTakings(int hour, Money revenue, long bills) {
    }

    public record WeekdayTakings(DayOfWeek dayOfWeek, long days, Money revenue, long bills,
                                 Money averageRevenuePerDay) {
    }
}
