package app.pos.kernel.analytics;

import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How the period's bills were settled, every tender method listed. Cash is counted net of the change
 * handed back, so the amounts add up to the bills' totals; CREDIT is udhaar. {@code bills} counts the bills
 * that used a method (a split bill counts once under each of its methods).
 */
public record PaymentMethods(LocalDate from, LocalDate to, String timeZone, Money totalAmount, long bills,
                             List<MethodTakings> methods) {

    public record MethodTakings(PaymentMethod method, Money amount, long bills, BigDecimal sharePercent) {
    }
}
