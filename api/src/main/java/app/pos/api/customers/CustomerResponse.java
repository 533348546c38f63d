package app.pos.api.customers;

import app.pos.kernel.customers.CustomerState;
import app.pos.kernel.customers.CustomerStatus;
import app.pos.kernel.customers.CustomerView;
import app.pos.kernel.money.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

public record CustomerResponse(UUID id, String name, @Nullable String phone, @Nullable String email,
                               @Nullable String address, Money creditBalance, Money creditLimit, Money walletBalance,
                               long loyaltyPoints, long totalPurchases, Money totalSpent, CustomerStatus status,
                               Instant createdAt) {

    public static CustomerResponse of(CustomerView view) {
        return new CustomerResponse(view.id(), view.name(), view.phone(), view.email(), view.address(),
                view.creditBalance(), view.creditLimit(), view.walletBalance(), view.loyaltyPoints(),
                view.totalPurchases(), view.totalSpent(), view.status(), view.createdAt());
    }

    /** Right after a command, before the read model has caught up: the balances are the command side's own. */
    static CustomerResponse of(CustomerState state, CustomerView known) {
        long purchases = known == null ? 0 : known.totalPurchases();
        Money spent = known == null ? Money.ZERO : known.totalSpent();
        return new CustomerResponse(state.id(), state.details().name(), state.details().phone(),
                state.details().email(), state.details().address(), state.creditBalance(),
                state.details().creditLimit(), state.walletBalance(), known == null ? 0 : known.loyaltyPoints(),
                purchases, spent, state.status(), state.createdAt());
    }
}
