package app.pos.kernel.customers;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RegisterCustomer(@TargetAggregateIdentifier UUID customerId, UUID businessId, CustomerDetails details,
                               Actor actor) {
}
