package app.pos.query.identity;

import app.pos.kernel.identity.PasswordChanged;
import app.pos.kernel.identity.Permission;
import app.pos.kernel.identity.PermissionGranted;
import app.pos.kernel.identity.PermissionRevoked;
import app.pos.kernel.identity.PinSet;
import app.pos.kernel.identity.UserDeactivated;
import app.pos.kernel.identity.UserReactivated;
import app.pos.kernel.identity.UserRegistered;
import app.pos.kernel.identity.UserRevised;
import app.pos.kernel.identity.UserRoleChanged;
import app.pos.kernel.identity.UserSignedIn;
import app.pos.query.shared.Params;
import app.pos.query.shared.ProjectionTables;
import app.pos.query.shared.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

import static app.pos.query.shared.Params.params;

/** Who can sign in, to which business, with which role and permission overrides. */
@Component
@ProcessingGroup(Projections.GROUP)
@ProjectionTables(name = "users", tables = {"user_account_view", "user_permission_override"})
public class UserAccountProjection {

    private final Projections projections;

    public UserAccountProjection(Projections projections) {
        this.projections = projections;
    }

    @EventHandler
    void on(UserRegistered event, @Timestamp Instant at) {
        projections.write("""
                        INSERT INTO user_account_view (id, business_id, email, full_name, role, password_hash, active,
                            created_at)
                        VALUES (:id, :businessId, :email, :fullName, :role, :passwordHash, TRUE, :at)""",
                params().uuid("id", event.userId()).uuid("businessId", event.businessId())
                        .text("email", event.email()).text("fullName", event.fullName()).name("role", event.role())
                        .text("passwordHash", event.passwordHash()).instant("at", at));
    }

    @EventHandler
    void on(UserRevised event) {
        update(event.userId(), "email = :email, full_name = :fullName",
                params().text("email", event.email()).text("fullName", event.fullName()));
    }

    @EventHandler
    void on(UserRoleChanged event) {
        update(event.userId(), "role = :role", params().name("role", event.role()));
    }

    @EventHandler
    void on(UserDeactivated event) {
        update(event.userId(), "active = FALSE", params());
    }

    @EventHandler
    void on(UserReactivated event) {
        update(event.userId(), "active = TRUE", params());
    }

    @EventHandler
    void on(PasswordChanged event) {
        update(event.userId(), "password_hash = :hash", params().text("hash", event.passwordHash()));
    }

    @EventHandler
    void on(PinSet event) {
        update(event.userId(), "pin_hash = :hash", params().text("hash", event.pinHash()));
    }

    @EventHandler
    void on(UserSignedIn event) {
        update(event.userId(), "last_sign_in_at = :at", params().instant("at", event.signedInAt()));
    }

    @EventHandler
    void on(PermissionGranted event) {
        override(event.userId(), event.permission(), true);
    }

    @EventHandler
    void on(PermissionRevoked event) {
        override(event.userId(), event.permission(), false);
    }

    private void override(UUID userId, Permission permission, boolean granted) {
        Params row = params().uuid("userId", userId).name("permission", permission).bool("granted", granted);
        projections.write("DELETE FROM user_permission_override WHERE user_id = :userId AND permission = :permission",
                row);
        projections.write("""
                INSERT INTO user_permission_override (user_id, permission, granted)
                VALUES (:userId, :permission, :granted)""", row);
    }

    private void update(UUID userId, String assignments, Params params) {
        projections.write("UPDATE user_account_view SET " + assignments + " WHERE id = :id",
                params.uuid("id", userId));
    }

    @ResetHandler
    void reset() {
        projections.write("DELETE FROM user_permission_override", params());
        projections.write("DELETE FROM user_account_view", params());
    }
}
