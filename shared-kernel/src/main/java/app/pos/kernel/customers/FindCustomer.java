package app.pos.kernel.customers;

import java.util.UUID;

public record FindCustomer(UUID businessId, UUID customerId) {
}
