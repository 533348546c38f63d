package app.pos.kernel.customers;

import app.pos.kernel.money.Money;

import java.time.Instant;
import java.util.UUID;

public record CustomerView(UUID id, UUID businessId, String name, String phone, String email, String address,
                           Money creditBalance, Money creditLimit, Money walletBalance, long loyaltyPoints,
                           long totalPurchases, Money totalSpent, CustomerStatus status, Instant createdAt) {
}
