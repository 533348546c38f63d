package app.pos.api.shared;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of something a request creates: the client's own {@code id} if it sent one, else one derived
 * from its {@code Idempotency-Key} (so a retry names the same thing and changes nothing), else a new one.
 */
public final class EntityIds {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private EntityIds() {
    }

    public static UUID forCreate(UUID clientId, String idempotencyKey, Caller caller, String kind) {
        return forCreate(clientId, idempotencyKey, caller.businessId() + "/" + kind);
    }

    /** {@code scope} keeps one caller's keys apart from another's (a business and a kind of thing). */
    public static UUID forCreate(UUID clientId, String idempotencyKey, String scope) {
        if (clientId != null) {
            return clientId;
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            String name = scope + "/" + idempotencyKey.strip();
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        }
        return UUID.randomUUID();
    }
}
