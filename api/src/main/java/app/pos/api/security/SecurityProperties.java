package app.pos.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code jwtSecret}: the HMAC key that signs access tokens (POS_JWT_SECRET, at least 32 bytes). Left
 * empty, a random key is made at start-up: fine for one local server, but tokens then end with a
 * restart and nodes cannot share them. Access tokens are short-lived ({@code accessTokenTtl}, 15 minutes);
 * a till keeps its session with a refresh token ({@code refreshTokenTtl}, 30 days, one use each).
 * {@code signInAttemptsPerMinute}: how often one client address may try to sign in (20 a minute).
 */
@ConfigurationProperties("pos.security")
public record SecurityProperties(String jwtSecret, Duration accessTokenTtl, Duration refreshTokenTtl, String issuer,
                                 Integer signInAttemptsPerMinute) {

    public SecurityProperties {
        signInAttemptsPerMinute = signInAttemptsPerMinute == null || signInAttemptsPerMinute < 1 ? 20
                : signInAttemptsPerMinute;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
        issuer = issuer == null || issuer.isBlank() ? "pos-server" : issuer;
    }
}
