package app.pos.query.identity;

import app.pos.kernel.identity.FindUser;
import app.pos.kernel.identity.FindUserByEmail;
import app.pos.kernel.identity.ListStaff;
import app.pos.kernel.identity.Permission;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.StaffPage;
import app.pos.kernel.identity.UserAccount;
import app.pos.query.shared.Filter;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.*;

/** The people of a business, and the accounts sign-in looks up. */
@Component
public class StaffQueries {

    private static final Map<String, String> SORTABLE = Map.of("fullName", "full_name", "email", "email",
            "role", "role", "createdAt", "created_at", "lastSignInAt", "last_sign_in_at");

    private final Reads reads;

    public StaffQueries(Reads reads) {
        this.reads = reads;
    }

    @QueryHandler
    public CompletableFuture<UserAccount> handle(FindUserByEmail query) {
        return reads.one("SELECT * FROM user_account_view WHERE email = :email",
                        params().text("email", query.email().strip().toLowerCase(Locale.ROOT)), StaffQueries::account)
                .flatMap(this::withOverrides).toFuture();
    }

    @QueryHandler
    public CompletableFuture<UserAccount> handle(FindUser query) {
        return reads.one("SELECT * FROM user_account_view WHERE id = :id", params().uuid("id", query.userId()),
                StaffQueries::account).flatMap(this::withOverrides).toFuture();
    }

    @QueryHandler
    public CompletableFuture<StaffPage> handle(ListStaff query) {
        Filter filter = new Filter(params().uuid("businessId", query.businessId())).where("business_id = :businessId");
        if (query.search() != null && !query.search().isBlank()) {
            filter.where("(LOWER(full_name) LIKE :search OR email LIKE :search)");
            filter.params().text("search", Filter.likePattern(query.search()));
        }
        if (query.role() != null) {
            filter.where("role = :role");
            filter.params().name("role", query.role());
        }
        if (query.active() != null) {
            filter.where("active = :active");
            filter.params().bool("active", query.active());
        }
        return reads.all("SELECT * FROM user_account_view" + filter.whereClause()
                                + filter.pageClause(query.page(), SORTABLE, "full_name"), filter.params(),
                        StaffQueries::account)
                .collectList()
                .flatMap(this::withOverrides)
                .zipWith(reads.count("SELECT COUNT(*) AS n FROM user_account_view" + filter.whereClause(),
                        filter.params()), StaffPage::new)
                .toFuture();
    }

    private Mono<UserAccount> withOverrides(UserAccount account) {
        return withOverrides(List.of(account)).map(accounts -> accounts.get(0));
    }

    /** One query for a whole page's grants and revokes. */
    private Mono<List<UserAccount>> withOverrides(List<UserAccount> accounts) {
        if (accounts.isEmpty()) {
            return Mono.just(accounts);
        }
        return reads.all("SELECT user_id, permission, granted FROM user_permission_override WHERE user_id IN (:ids)",
                        params().list("ids", accounts.stream().map(UserAccount::id).toList()), PermissionOverride::of)
                .collectList()
                .map(overrides -> accounts.stream().map(account -> new UserAccount(account.id(),
                        account.businessId(), account.email(), account.fullName(), account.role(),
                        account.passwordHash(), account.pinHash(), account.active(),
                        only(overrides, account.id(), true), only(overrides, account.id(), false),
                        account.createdAt(), account.lastSignInAt())).toList());
    }

    private record PermissionOverride(UUID userId, Permission permission, boolean granted) {

        static PermissionOverride of(Readable row) {
            return new PermissionOverride(uuid(row, "user_id"), enumOf(row, "permission", Permission.class),
                    bool(row, "granted"));
        }
    }

    private static Set<Permission> only(List<PermissionOverride> overrides, UUID userId, boolean granted) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        overrides.stream().filter(o -> o.userId().equals(userId) && o.granted() == granted)
                .forEach(o -> permissions.add(o.permission()));
        return permissions;
    }

    private static UserAccount account(Readable row) {
        return new UserAccount(uuid(row, "id"), uuid(row, "business_id"), text(row, "email"), text(row, "full_name"),
                enumOf(row, "role", Role.class), text(row, "password_hash"), text(row, "pin_hash"),
                bool(row, "active"), Set.of(), Set.of(), instant(row, "created_at"), instant(row, "last_sign_in_at"));
    }
}
