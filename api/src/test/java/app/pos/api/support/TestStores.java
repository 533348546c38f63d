package app.pos.api.support;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.RegisterUser;
import app.pos.kernel.identity.Role;
import app.pos.kernel.money.Money;
import app.pos.kernel.settings.OpenStore;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.stock.Quantity;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Opens a fresh store (a business of its own) with one user per role, through the real command bus, the
 * way the platform will register businesses. Tests then sign in over HTTP.
 */
@Component
public class TestStores {

    public static final String PASSWORD = "s3cret-Passw0rd";
    public static final String PLATFORM_ADMIN_EMAIL = "platform-admin@test.local";

    private final CommandGateway commands;
    private final PasswordEncoder passwords;

    public TestStores(CommandGateway commands, PasswordEncoder passwords) {
        this.commands = commands;
        this.passwords = passwords;
    }

    /** A store with a 5% tax rate, the given approval threshold (null: none) and no negative stock. */
    public TestStore open(String approvalThreshold) {
        return open(approvalThreshold, false);
    }

    public TestStore open(String approvalThreshold, boolean allowNegativeStock) {
        UUID businessId = UUID.randomUUID();
        Map<Role, String> emails = new EnumMap<>(Role.class);
        String hash = passwords.encode(PASSWORD);
        UUID ownerId = UUID.randomUUID();
        commands.sendAndWait(new OpenStore(businessId, new StoreSettings("Test Store " + businessId, null, null, "₹",
                new BigDecimal("5.00"), Quantity.of(5), approvalThreshold == null ? null : Money.of(approvalThreshold),
                allowNegativeStock, null, null, "Asia/Kolkata"), new Actor(ownerId, Role.OWNER)));
        for (Role role : Role.values()) {
            if (role.isPlatform()) {
                continue;
            }
            UUID userId = role == Role.OWNER ? ownerId : UUID.randomUUID();
            String email = role.name().toLowerCase() + "-" + businessId + "@test.local";
            commands.sendAndWait(new RegisterUser(userId, businessId, email, role.name() + " of " + businessId, role, hash,
                    null, null));
            emails.put(role, email);
        }
        return new TestStore(businessId, emails);
    }

    /** The platform's SUPER_ADMIN, created from configuration at start-up. */
    public static String platformAdminToken(WebTestClient http) {
        return new TestStore(null, Map.of(Role.SUPER_ADMIN, PLATFORM_ADMIN_EMAIL)).signIn(http, Role.SUPER_ADMIN);
    }

    public record TestStore(UUID businessId, Map<Role, String> emails) {

        /** Signs in over HTTP and returns the access token (waits briefly for the user projection). */
        public String token(WebTestClient http, Role role) {
            String token = signIn(http, role);
            awaitSettings(http, token);
            return token;
        }

        private String signIn(WebTestClient http, Role role) {
            Object last = null;
            for (int attempt = 0; attempt < 100; attempt++) {
                var result = http.post().uri("/api/v1/auth/login")
                        .bodyValue(Map.of("email", emails.get(role), "password", PASSWORD))
                        .exchange().expectBody(Map.class).returnResult();
                if (result.getStatus().is2xxSuccessful()) {
                    return (String) result.getResponseBody().get("accessToken");
                }
                last = result.getStatus() + " " + result.getResponseBody();
                sleep();
            }
            throw new AssertionError("could not sign in as " + role + ": " + last);
        }

        /** The store's settings projection may trail its opening by a moment; reads that need it wait. */
        private static void awaitSettings(WebTestClient http, String token) {
            for (int attempt = 0; attempt < 100; attempt++) {
                boolean visible = http.get().uri("/api/v1/settings").headers(h -> h.setBearerAuth(token))
                        .exchange().expectBody(String.class).returnResult().getStatus().is2xxSuccessful();
                if (visible) {
                    return;
                }
                sleep();
            }
            throw new AssertionError("the store's settings never became visible");
        }

        private static void sleep() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
