package app.pos.kernel.analytics;

import app.pos.kernel.money.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Udhaar still owed, aged by the store day each credit was given: 0-30 days, 31-60 days, more than 60.
 * Payments settle a customer's oldest credit first, so what remains is always the newest credit.
 * Customers come oldest unpaid credit first.
 */
public record CreditAging(LocalDate asOf, String timeZone, AgedUdhaar totals, long customersCount,
                          List<CustomerUdhaar> customers, String method) {

    public record AgedUdhaar(Money outstanding, Money days0To30, Money days31To60, Money over60Days) {
    }

    public record CustomerUdhaar(UUID customerId, String name, String phone, Money outstanding, Money days0To30,
                                 Money days31To60, Money over60Days, LocalDate oldestUnpaidSince,
                                 long oldestUnpaidDays) {
    }
}
