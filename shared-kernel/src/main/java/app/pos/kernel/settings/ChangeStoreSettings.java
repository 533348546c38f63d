package app.pos.kernel.settings;

import app.pos.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ChangeStoreSettings(@TargetAggregateIdentifier UUID businessId, StoreSettings settings, Actor actor) {
}
