package app.pos.kernel.wallet;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record PayFromWallet(@TargetAggregateIdentifier UUID customerId, UUID businessId, UUID saleId, Money amount,
                            Actor actor) {
}
