package app.pos.kernel.customers;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record CustomerRegistered(UUID customerId, UUID businessId, CustomerDetails details, Instant registeredAt) {
}
