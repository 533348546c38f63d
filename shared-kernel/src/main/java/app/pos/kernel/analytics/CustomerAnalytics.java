package app.pos.kernel.analytics;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** How the customer base grows, and whether the people who buy come back. */
public record CustomerAnalytics(LocalDate from, LocalDate to, String timeZone, CustomerGrowth growth,
                                CustomerRetention retention) {

    /** Customers registered before the period, during it, and the running total at the end of each day. */
    public record CustomerGrowth(long customersBefore, long newCustomers, long totalCustomers, List<GrowthDay> series) {
    }

    public record GrowthDay(LocalDate date, long newCustomers, long totalCustomers) {
    }

    /**
     * Buyers are customers with a completed bill. {@code retentionRatePercent}: of the previous period's
     * buyers, the share who bought again in this one (null when there were none). {@code repeatCustomerRatePercent}:
     * of this period's buyers, the share with two bills or more in it. A buyer is new when their first bill
     * ever falls in this period, returning otherwise.
     */
    public record CustomerRetention(LocalDate previousFrom, LocalDate previousTo, long previousBuyers,
                                    long retainedBuyers, @Nullable BigDecimal retentionRatePercent, long buyers,
                                    long repeatBuyers, @Nullable BigDecimal repeatCustomerRatePercent, long newBuyers,
                                    long returningBuyers) {
    }
}
