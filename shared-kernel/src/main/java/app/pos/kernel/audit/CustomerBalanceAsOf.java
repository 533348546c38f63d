package app.pos.kernel.audit;

import app.pos.kernel.money.Money;

import java.time.Instant;
import java.util.UUID;

public record CustomerBalanceAsOf(UUID customerId, String name, Money creditBalance, Money walletBalance,
                                  Instant asOf, Instant lastChangedAt, long eventsApplied) {
}
