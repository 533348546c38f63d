package app.pos.kernel.dashboard;

import app.pos.kernel.money.Money;

import java.time.Instant;
import java.util.UUID;

/** A cashier's bill waits for an owner. */
public record ApprovalRequested(UUID saleId, String billNumber, Money totalAmount, UUID requestedBy,
                                Instant requestedAt) {
}
