package app.pos.api.sales;

import app.pos.kernel.money.Money;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.BillLine;
import app.pos.kernel.sales.BillOutcome;
import app.pos.kernel.sales.PaymentStatus;
import app.pos.kernel.sales.SaleStatus;
import app.pos.kernel.sales.SaleView;
import app.pos.kernel.sales.Tender;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A bill in API.md's shape. {@code paymentMethod} summarises the tender: one method's name, or SPLIT. */
public record SaleResponse(UUID id, String billNumber, SaleStatus status, @Nullable UUID customerId, Money subtotal,
                           Money discountAmount, Money taxAmount, Money totalAmount, Money amountPaid, Money changeDue,
                           Money creditAmount, PaymentStatus paymentStatus, @Nullable String paymentMethod,
                           List<Tender> payments, List<BillLine> items, @Nullable String notes, UUID createdBy,
                           Instant createdAt, Instant updatedAt) {

    public static SaleResponse of(SaleView view) {
        return of(view.id(), view.status(), view.bill(), view.updatedAt());
    }

    public static SaleResponse of(BillOutcome outcome) {
        return of(outcome.saleId(), outcome.status(), outcome.bill(), outcome.updatedAt());
    }

    private static SaleResponse of(UUID id, SaleStatus status, Bill bill, Instant updatedAt) {
        List<String> methods = bill.payments().stream().map(tender -> tender.method().name()).distinct().toList();
        String method = methods.size() == 1 ? methods.get(0) : methods.isEmpty() ? null : "SPLIT";
        return new SaleResponse(id, bill.billNumber(), status, bill.customerId(), bill.subtotal(),
                bill.discountAmount(), bill.taxAmount(), bill.totalAmount(), bill.amountPaid(), bill.changeDue(),
                bill.creditAmount(), bill.paymentStatus(), method, bill.payments(), bill.lines(), bill.notes(),
                bill.createdBy(), bill.createdAt(), updatedAt);
    }
}
