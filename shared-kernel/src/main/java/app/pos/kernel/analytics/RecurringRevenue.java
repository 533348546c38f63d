package app.pos.kernel.analytics;

import app.pos.kernel.money.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Monthly recurring revenue: what repeat customers (those who bought in at least two distinct months of
 * the look-back) spend per month. {@code currentMrr} is the last complete month's; the projections
 * continue the trend 30, 60 and 90 days past that month, each with its interval.
 */
public record RecurringRevenue(YearMonth fromMonth, YearMonth toMonth, String timeZone, long repeatCustomers,
                               Money currentMrr, MrrTrend trend, List<MrrMonth> series, List<MrrProjection> projections,
                               int confidencePercent, String method) {

    /** {@code changePerMonth}: the fitted slope; {@code changePercent}: the last month against the one before. */
    public record MrrTrend(Money changePerMonth, @Nullable BigDecimal changePercent, String direction) {
    }

    public record MrrMonth(YearMonth month, Money recurringRevenue, long repeatCustomers, Money totalRevenue) {
    }

    public record MrrProjection(int days, YearMonth month, Money mrr, @Nullable Money lower, @Nullable Money upper) {
    }
}
