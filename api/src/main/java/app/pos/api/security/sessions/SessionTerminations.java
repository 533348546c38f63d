package app.pos.api.security.sessions;

import app.pos.kernel.identity.PasswordChanged;
import app.pos.kernel.identity.PermissionRevoked;
import app.pos.kernel.identity.UserDeactivated;
import app.pos.kernel.identity.UserRoleChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A change that takes access away ends every session of the person it concerns: deactivation, a new
 * role, a revoked permission, a new password. This group subscribes, so it runs in the transaction that
 * records the change: the sessions end when, and only if, the change commits.
 */
@Component
@ProcessingGroup(SessionTerminations.GROUP)
public class SessionTerminations {

    public static final String GROUP = "sessions";

    private final RefreshTokens refreshTokens;

    public SessionTerminations(RefreshTokens refreshTokens) {
        this.refreshTokens = refreshTokens;
    }

    @EventHandler
    void on(UserDeactivated event) {
        refreshTokens.endAllSessionsOf(event.userId());
    }

    @EventHandler
    void on(UserRoleChanged event) {
        refreshTokens.endAllSessionsOf(event.userId());
    }

    @EventHandler
    void on(PermissionRevoked event) {
        refreshTokens.endAllSessionsOf(event.userId());
    }

    @EventHandler
    void on(PasswordChanged event) {
        refreshTokens.endAllSessionsOf(event.userId());
    }
}
