package app.pos.query.identity;

import app.pos.kernel.identity.FindUser;
import app.pos.kernel.identity.FindUserByEmail;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.UserAccount;
import app.pos.kernel.identity.UserRegistered;
import app.pos.query.shared.ProjectionTables;
import app.pos.query.shared.Projections;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.*;

/** Who can sign in, and to which business. */
@Component
@ProcessingGroup("users")
@ProjectionTables({"user_account_view"})
public class UserAccountProjection {

    private final Projections projections;
    private final Reads reads;

    public UserAccountProjection(Projections projections, Reads reads) {
        this.projections = projections;
        this.reads = reads;
    }

    @EventHandler
    void on(UserRegistered event) {
        projections.write("""
                        INSERT INTO user_account_view (id, business_id, email, full_name, role, password_hash, active)
                        VALUES (:id, :businessId, :email, :fullName, :role, :passwordHash, TRUE)
                        ON CONFLICT DO NOTHING""",
                params().uuid("id", event.userId()).uuid("businessId", event.businessId())
                        .text("email", event.email()).text("fullName", event.fullName()).name("role", event.role())
                        .text("passwordHash", event.passwordHash()));
    }

    @ResetHandler
    void reset() {
        projections.write("DELETE FROM user_account_view", params());
    }

    @QueryHandler
    public CompletableFuture<UserAccount> handle(FindUserByEmail query) {
        return reads.one("SELECT * FROM user_account_view WHERE email = :email",
                params().text("email", query.email().strip().toLowerCase(Locale.ROOT)),
                UserAccountProjection::account).toFuture();
    }

    @QueryHandler
    public CompletableFuture<UserAccount> handle(FindUser query) {
        return reads.one("SELECT * FROM user_account_view WHERE id = :id", params().uuid("id", query.userId()),
                UserAccountProjection::account).toFuture();
    }

    private static UserAccount account(Readable row) {
        return new UserAccount(uuid(row, "id"), uuid(row, "business_id"), text(row, "email"), text(row, "full_name"),
                enumOf(row, "role", Role.class), text(row, "password_hash"), bool(row, "active"));
    }
}
