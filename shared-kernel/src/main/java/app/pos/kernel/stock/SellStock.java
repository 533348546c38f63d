package app.pos.kernel.stock;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Takes sold units off the shelf as part of completing a bill. */
public record SellStock(@TargetAggregateIdentifier UUID productId, UUID businessId, UUID saleId, String billNumber,
                        Quantity quantity, boolean negativeStockAllowed, Actor actor) {
}
