package app.pos.kernel.sales;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** A draft's new cart, priced from the catalog. */
public record RepriceDraft(@TargetAggregateIdentifier UUID saleId, Cart cart, List<PricedLine> pricedLines,
                           Actor actor) {
}
