package app.pos.api.credit;

import app.pos.kernel.credit.PaymentMethod;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

public record CreditPaymentRequest(
        @Nullable UUID id,
        @NotNull UUID customerId,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotNull PaymentMethod paymentMethod,
        @Size(max = 1000) @Nullable String notes) {
}
