package app.pos.kernel.credit;

import app.pos.kernel.money.Money;

public record CreditOutstanding(Money totalAmount, long customersCount) {
}
