package app.pos.kernel.dashboard;

import app.pos.kernel.money.Money;
import app.pos.kernel.sales.Tender;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A completed bill as a live ticker shows it. {@code items} counts the bill's lines. */
public record LiveSale(UUID saleId, String billNumber, Money totalAmount, Money creditAmount, List<Tender> tenders,
                       int items, UUID customerId, UUID cashierId, Instant completedAt) {
}
