package app.pos.command.customers;

import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;

import java.util.Map;

/** Udhaar may grow only up to the limit the store set for the customer. */
public final class CreditLimitPolicy {

    public static final String CREDIT_LIMIT_EXCEEDED = "CREDIT_LIMIT_EXCEEDED";

    private CreditLimitPolicy() {
    }

    public static void check(Money limit, Money balance, Money requested) {
        Money wouldOwe = balance.plus(requested);
        if (wouldOwe.isGreaterThan(limit)) {
            Money available = limit.minus(balance).max(Money.ZERO);
            throw new RuleViolation(CREDIT_LIMIT_EXCEEDED, RuleViolation.Kind.CONFLICT,
                    "Credit limit exceeded: limit " + limit + ", owed " + balance + ", requested " + requested
                            + ", available " + available,
                    Map.of("creditLimit", limit, "creditBalance", balance, "requested", requested,
                            "available", available));
        }
    }
}
