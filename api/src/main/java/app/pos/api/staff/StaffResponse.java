package app.pos.api.staff;

import app.pos.kernel.identity.Permission;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.UserAccount;
import app.pos.kernel.identity.UserState;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A member of staff as the owner sees them: {@code permissions} is what they may do now, {@code granted}
 * and {@code revoked} are their own differences from their role. Hashes never leave the server.
 */
public record StaffResponse(UUID id, String email, String fullName, Role role, boolean active,
                            Set<Permission> permissions, Set<Permission> granted, Set<Permission> revoked,
                            boolean hasPin, @Nullable Instant createdAt, @Nullable Instant lastSignInAt) {

    static StaffResponse of(UserAccount account) {
        return new StaffResponse(account.id(), account.email(), account.fullName(), account.role(), account.active(),
                account.permissions(), account.granted(), account.revoked(), account.pinHash() != null,
                account.createdAt(), account.lastSignInAt());
    }

    /** Just changed: the change itself from the command, the rest from the read side if it has the person yet. */
    static StaffResponse of(UserState state, UserAccount known) {
        return new StaffResponse(state.id(), state.email(), state.fullName(), state.role(), state.active(),
                state.permissions(), state.granted(), state.revoked(), state.hasPin(),
                known == null ? null : known.createdAt(), known == null ? null : known.lastSignInAt());
    }
}
