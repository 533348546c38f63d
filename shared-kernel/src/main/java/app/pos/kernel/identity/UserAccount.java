package app.pos.kernel.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person as the read side knows them, hashes included: for signing in, never to be shown. */
public record UserAccount(UUID id, UUID businessId, String email, String fullName, Role role, String passwordHash,
                          String pinHash, boolean active, Set<Permission> granted, Set<Permission> revoked,
                          Instant createdAt, Instant lastSignInAt) {

    public Set<Permission> permissions() {
        return RolePermissions.of(role, granted, revoked);
    }
}
