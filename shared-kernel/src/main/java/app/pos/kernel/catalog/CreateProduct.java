package app.pos.kernel.catalog;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.stock.Quantity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record CreateProduct(@TargetAggregateIdentifier UUID productId, UUID businessId, ProductDetails details,
                            ProductStatus status, Quantity openingStock, Actor actor) {
}
