package app.pos.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A sign-in attempt on a user's account, after the password was checked: it counts towards a lockout. */
public record RecordSignIn(@TargetAggregateIdentifier UUID userId, boolean passwordMatched, String terminalId) {
}
