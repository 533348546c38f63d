package app.pos.api.auth;

import app.pos.kernel.identity.Permission;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.UserAccount;

import java.util.Set;
import java.util.UUID;

/** A started session: a short-lived access token, a one-use refresh token, and who signed in. */
public record LoginResponse(String accessToken, String refreshToken, long expiresIn, String tokenType,
                            UserSummary user) {

    public record UserSummary(UUID id, String email, String fullName, Role role, UUID businessId,
                              Set<Permission> permissions) {

        static UserSummary of(UserAccount user) {
            return new UserSummary(user.id(), user.email(), user.fullName(), user.role(), user.businessId(),
                    user.permissions());
        }
    }
}
