package app.pos.kernel.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Asks a product whether a bill could take these units now, changing nothing: a bill that will wait for
 * approval is refused at once if the shelf could not fill it.
 */
public record CheckStock(@TargetAggregateIdentifier UUID productId, UUID businessId, Quantity quantity,
                         boolean negativeStockAllowed) {
}
