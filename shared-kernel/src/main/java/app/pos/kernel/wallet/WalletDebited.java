package app.pos.kernel.wallet;

import app.pos.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** Prepaid wallet balance spent on a bill. */
@Revision("1")
public record WalletDebited(UUID customerId, UUID businessId, UUID saleId, Money amount, Money balanceBefore,
                            Money balanceAfter, UUID recordedBy, Instant occurredAt) {
}
