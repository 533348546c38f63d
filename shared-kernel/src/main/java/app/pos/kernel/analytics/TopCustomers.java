package app.pos.kernel.analytics;

import app.pos.kernel.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The customers who spent most in the period (bill totals, tax included), and when each last bought in it. */
public record TopCustomers(LocalDate from, LocalDate to, String timeZone, int limit, List<RankedCustomer> items) {

    public record RankedCustomer(int rank, UUID customerId, String name, String phone, Money spend, long bills,
                                 Money averageBill, Instant lastVisitAt) {
    }
}
