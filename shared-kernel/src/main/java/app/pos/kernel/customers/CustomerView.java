package app.pos.kernel.customers;

import app.pos.kernel.money.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

public record CustomerView(UUID id, UUID businessId, String name, @Nullable String phone, @Nullable String email,
                           @Nullable String address, Money creditBalance, Money creditLimit, Money walletBalance,
                           long loyaltyPoints, long totalPurchases, Money totalSpent, CustomerStatus status,
                           Instant createdAt) {
}
