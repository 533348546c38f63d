package app.pos.kernel.customers;

import app.pos.kernel.money.Money;

import java.time.Instant;
import java.util.UUID;

/** A customer as the command side knows them right after a change. */
public record CustomerState(UUID id, UUID businessId, CustomerDetails details, Money creditBalance,
                            Money walletBalance, CustomerStatus status, Instant createdAt) {
}
