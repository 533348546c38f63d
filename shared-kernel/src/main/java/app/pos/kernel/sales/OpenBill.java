package app.pos.kernel.sales;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * A cart priced from the catalog, given a bill number, to be completed or sent for approval.
 * {@code approvalThreshold} is the store's (null: no approval needed).
 */
public record OpenBill(@TargetAggregateIdentifier UUID saleId, UUID businessId, String billNumber, Cart cart,
                       List<PricedLine> pricedLines, Money approvalThreshold, Actor actor) {
}
