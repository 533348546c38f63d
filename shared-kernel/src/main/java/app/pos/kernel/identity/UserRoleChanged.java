package app.pos.kernel.identity;

import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record UserRoleChanged(UUID userId, UUID businessId, Role previousRole, Role role) {
}
