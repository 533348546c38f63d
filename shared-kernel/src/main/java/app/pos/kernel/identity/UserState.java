package app.pos.kernel.identity;

import java.util.Set;
import java.util.UUID;

/** A person's account as a staff command left it, answered at once without waiting for the read side. */
public record UserState(UUID id, UUID businessId, String email, String fullName, Role role, boolean active,
                        boolean hasPin, Set<Permission> granted, Set<Permission> revoked) {

    public Set<Permission> permissions() {
        return RolePermissions.of(role, granted, revoked);
    }
}
