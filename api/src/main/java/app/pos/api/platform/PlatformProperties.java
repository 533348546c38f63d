package app.pos.api.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's own administrator, created on the first start that names one (POS_PLATFORM_ADMIN_EMAIL
 * and POS_PLATFORM_ADMIN_PASSWORD; unset, there is none), and whether anyone may open a business by
 * themselves (POS_SELF_SIGNUP, off by default: businesses are then registered by the admin).
 */
@ConfigurationProperties("pos.platform")
public record PlatformProperties(String adminEmail, String adminPassword, boolean selfSignup) {

    public boolean hasAdmin() {
        return adminEmail != null && !adminEmail.isBlank();
    }
}
