package app.pos.api.customers;

import app.pos.kernel.customers.CustomerDetails;
import app.pos.kernel.customers.CustomerStatus;
import app.pos.kernel.money.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

public record CustomerRequest(
        @Nullable UUID id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 30) @Pattern(regexp = "^[+0-9 ()-]*$", message = "may hold only digits, spaces, + ( ) -")
        @Nullable String phone,
        @Email @Size(max = 254) @Nullable String email,
        @Size(max = 500) @Nullable String address,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal creditLimit,
        @Nullable CustomerStatus status) {

    CustomerDetails details() {
        return new CustomerDetails(name, phone, email, address, creditLimit == null ? Money.ZERO : Money.of(creditLimit));
    }
}
