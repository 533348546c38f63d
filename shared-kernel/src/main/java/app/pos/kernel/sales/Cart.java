package app.pos.kernel.sales;

import java.util.List;
import java.util.UUID;

/**
 * What the till sends for a bill. {@code remainderOnCredit}: whatever the tenders leave unpaid goes on
 * the customer's udhaar (the short form {@code paymentMethod}/{@code amountPaid} asks for this).
 */
public record Cart(UUID customerId, List<CartLine> lines, List<Tender> tenders, boolean remainderOnCredit,
                   String notes) {
}
