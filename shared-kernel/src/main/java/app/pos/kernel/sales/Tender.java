package app.pos.kernel.sales;

import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.money.Money;

/** One way part of a bill is settled. */
public record Tender(PaymentMethod method, Money amount) {
}
