package app.pos.api.credit;

import app.pos.kernel.credit.PaymentMethod;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

public record CreditPaymentRequest(
        UUID id,
        @NotNull UUID customerId,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotNull PaymentMethod paymentMethod,
        @Size(max = 1000) String notes) {
}
