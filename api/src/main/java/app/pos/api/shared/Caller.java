package app.pos.api.shared;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.Role;

import java.util.UUID;

/**
 * Who is calling, for which business, from which till: taken from the verified access token and the
 * request's headers, and passed explicitly to every command and query.
 */
public record Caller(UUID userId, UUID businessId, Role role, String terminalId, String requestId,
                     String correlationId) {

    public Actor actor() {
        return new Actor(userId, role);
    }
}
