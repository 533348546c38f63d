package app.pos.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code jwtSecret}: the HMAC key that signs access tokens (POS_JWT_SECRET, at least 32 bytes). Left
 * empty, a random key is made at start-up: fine for one local server, but tokens then end with a
 * restart and nodes cannot share them.
 */
@ConfigurationProperties("pos.security")
public record SecurityProperties(String jwtSecret, Duration accessTokenTtl, String issuer) {

    public SecurityProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofHours(1) : accessTokenTtl;
        issuer = issuer == null || issuer.isBlank() ? "pos-server" : issuer;
    }
}
