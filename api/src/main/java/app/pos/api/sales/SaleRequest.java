package app.pos.api.sales;

import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.money.Money;
import app.pos.kernel.sales.Cart;
import app.pos.kernel.sales.CartLine;
import app.pos.kernel.sales.Tender;
import app.pos.kernel.stock.Quantity;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A cart from the till. Tender is either {@code payments} (split across methods, CREDIT for udhaar) or
 * seed 001's short form {@code paymentMethod} + {@code amountPaid}, where whatever is left unpaid goes
 * on the customer's udhaar.
 */
public record SaleRequest(
        @Nullable UUID id,
        @Nullable UUID customerId,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Item> items,
        @Size(max = 10) @Nullable List<@Valid @NotNull Payment> payments,
        @Nullable PaymentMethod paymentMethod,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal amountPaid,
        @Size(max = 1000) @Nullable String notes) {

    @Schema(name = "SaleItem")
    public record Item(
            @NotNull UUID productId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal quantity,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal discount) {
    }

    @Schema(name = "SalePayment")
    public record Payment(
            @NotNull PaymentMethod method,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    @AssertTrue(message = "give either payments or paymentMethod (with amountPaid), not both")
    boolean isOneTenderForm() {
        return payments == null || payments.isEmpty() || paymentMethod == null;
    }

    @AssertTrue(message = "a bill needs payments, or paymentMethod with amountPaid")
    boolean isTendered() {
        return (payments != null && !payments.isEmpty()) || paymentMethod != null;
    }

    Cart cart() {
        List<CartLine> lines = items.stream()
                .map(item -> new CartLine(item.productId(), Quantity.of(item.quantity()),
                        item.discount() == null ? Money.ZERO : Money.of(item.discount())))
                .toList();
        if (paymentMethod != null) {
            BigDecimal paid = amountPaid == null ? BigDecimal.ZERO : amountPaid;
            // With paymentMethod CREDIT, amountPaid is the cash put down now and the rest is udhaar.
            PaymentMethod paidBy = paymentMethod == PaymentMethod.CREDIT ? PaymentMethod.CASH : paymentMethod;
            List<Tender> tenders = paid.signum() > 0 ? List.of(new Tender(paidBy, Money.of(paid))) : List.of();
            return new Cart(customerId, lines, tenders, true, notes);
        }
        List<Tender> tenders = payments.stream().map(p -> new Tender(p.method(), Money.of(p.amount()))).toList();
        return new Cart(customerId, lines, tenders, false, notes);
    }
}
