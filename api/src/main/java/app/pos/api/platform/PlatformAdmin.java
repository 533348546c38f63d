package app.pos.api.platform;

import app.pos.api.security.PasswordPolicy;
import app.pos.kernel.identity.Platform;
import app.pos.kernel.identity.RegisterUser;
import app.pos.kernel.identity.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Creates the platform's SUPER_ADMIN from configuration, once: the id comes from the email, so later
 * starts find the account and change nothing (its password is then changed through the API). A weak
 * configured password stops the server rather than guard the platform badly.
 */
@Component
@Order(0)
public class PlatformAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdmin.class);

    private final PlatformProperties properties;
    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;

    public PlatformAdmin(PlatformProperties properties, CommandGateway commands, PasswordEncoder passwords,
                         PasswordPolicy policy) {
        this.properties = properties;
        this.commands = commands;
        this.passwords = passwords;
        this.policy = policy;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.hasAdmin()) {
            log.info("No platform admin configured (POS_PLATFORM_ADMIN_EMAIL): businesses can only be registered "
                    + "by self-signup{}", properties.selfSignup() ? "" : ", which is off");
            return;
        }
        String email = properties.adminEmail().strip().toLowerCase(Locale.ROOT);
        try {
            policy.checkPassword("POS_PLATFORM_ADMIN_PASSWORD", properties.adminPassword(), email);
        } catch (RuntimeException weak) {
            throw new IllegalStateException(weak.getMessage(), weak);
        }
        UUID id = UUID.nameUUIDFromBytes(("platform-admin/" + email).getBytes(StandardCharsets.UTF_8));
        commands.sendAndWait(new RegisterUser(id, Platform.BUSINESS_ID, email, "Platform administrator",
                Role.SUPER_ADMIN, passwords.encode(properties.adminPassword()), null, null));
        log.info("Platform admin {} can sign in", email);
    }
}
