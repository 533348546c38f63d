package app.pos.kernel.customers;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record CustomerRevised(UUID customerId, UUID businessId, CustomerDetails details, CustomerStatus status,
                              Instant revisedAt) {
}
