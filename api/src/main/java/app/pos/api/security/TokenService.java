package app.pos.api.security;

import app.pos.api.security.sessions.RevokedSessions;
import app.pos.kernel.identity.Permission;
import app.pos.kernel.identity.UserAccount;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Issues and verifies signed access tokens (HS256, through Spring Security's Nimbus support). */
@Component
public class TokenService {

    static final String BUSINESS_CLAIM = "businessId";
    static final String ROLE_CLAIM = "role";
    static final String PERMISSIONS_CLAIM = "permissions";

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);

    private final SecretKey key;
    private final NimbusJwtEncoder encoder;
    private final SecurityProperties properties;
    private final RevokedSessions revokedSessions;
    private final Clock clock;

    public TokenService(SecurityProperties properties, RevokedSessions revokedSessions, Clock clock) {
        this.properties = properties;
        this.revokedSessions = revokedSessions;
        this.clock = clock;
        this.key = new SecretKeySpec(secret(properties.jwtSecret()), "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
    }

    /** An access token for one session (one sign-in and its refreshes), which logout can end. */
    public IssuedToken issue(UserAccount user, UUID sessionId) {
        return issue(user, sessionId, clock.instant());
    }

    IssuedToken issue(UserAccount user, UUID sessionId, Instant now) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(user.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim(BUSINESS_CLAIM, user.businessId().toString())
                .claim(ROLE_CLAIM, user.role().name())
                .claim("email", user.email())
                .claim(PERMISSIONS_CLAIM, user.permissions().stream().sorted().map(Permission::name).toList())
                .claim(RevokedSessions.SESSION_CLAIM, sessionId.toString())
                .build();
        Jwt jwt = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims));
        return new IssuedToken(jwt.getTokenValue(), properties.accessTokenTtl().toSeconds());
    }

    /** Signature, expiry (with a minute's leeway for clocks) and a session that has not ended. */
    public ReactiveJwtDecoder decoder() {
        NimbusReactiveJwtDecoder signatures = NimbusReactiveJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256).build();
        signatures.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return new VerifiedTokens(signatures,
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), revokedSessions),
                properties.accessTokenTtl());
    }

    /**
     * The permissions the person held when the token was issued: their role's, with their own grants and
     * revokes. Revoking anything, changing the role or deactivating the person ends their sessions, so a
     * token never carries more than the person may still do; a grant arrives with the next refresh.
     */
    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> permissions = jwt.getClaimAsStringList(PERMISSIONS_CLAIM);
        return permissions == null ? List.of() : permissions.stream()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    public record IssuedToken(String value, long expiresInSeconds) {
    }

    private static byte[] secret(String configured) {
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new IllegalStateException("POS_JWT_SECRET must be at least 32 bytes long");
            }
            return bytes;
        }
        log.warn("POS_JWT_SECRET is not set: signing tokens with a random key that lasts until this server stops");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
