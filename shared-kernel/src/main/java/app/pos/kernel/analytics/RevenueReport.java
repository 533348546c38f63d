package app.pos.kernel.analytics;

import app.pos.kernel.money.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Completed bills' revenue (their totals, tax included) per bucket, every bucket present, and the whole
 * period against the one before it. {@code revenueChangePercent} is null when there was nothing before.
 */
public record RevenueReport(LocalDate from, LocalDate to, String timeZone, String interval, RevenueFigures totals,
                            PreviousRevenue previous, @Nullable BigDecimal revenueChangePercent,
                            List<RevenueBucket> series) {

    public record RevenueFigures(Money revenue, long bills, Money averageBill) {
    }

    public record PreviousRevenue(LocalDate from, LocalDate to, Money revenue, long bills, Money averageBill) {
    }

    /** {@code bucket}: a store date (2026-11-21) or the start of a store hour (2026-11-21T14:00). */
    public record RevenueBucket(String bucket, Money revenue, long bills, Money averageBill) {
    }
}
