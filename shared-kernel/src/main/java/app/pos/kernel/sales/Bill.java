package app.pos.kernel.sales;

import app.pos.kernel.identity.Role;
import app.pos.kernel.money.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A priced, tendered bill: everything a receipt shows and everything the books need. */
public record Bill(String billNumber, @Nullable UUID customerId, List<BillLine> lines, Money subtotal,
                   Money discountAmount, Money taxAmount, Money totalAmount, List<Tender> payments, Money amountPaid,
                   Money changeDue, Money creditAmount, Money walletAmount, PaymentStatus paymentStatus,
                   @Nullable String notes, UUID createdBy, Role createdByRole, Instant createdAt) {
}
