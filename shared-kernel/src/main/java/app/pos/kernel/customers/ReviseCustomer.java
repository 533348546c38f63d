package app.pos.kernel.customers;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ReviseCustomer(@TargetAggregateIdentifier UUID customerId, UUID businessId, CustomerDetails details,
                             CustomerStatus status, Actor actor) {
}
