package app.pos.kernel.identity;

import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record PermissionRevoked(UUID userId, UUID businessId, Permission permission) {
}
