package app.pos.kernel.catalog;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ReviseProduct(@TargetAggregateIdentifier UUID productId, UUID businessId, ProductDetails details,
                            ProductStatus status, Actor actor) {
}
