package app.pos.api.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token's signature is checked once; whether it is still valid, on every use. */
class VerifiedTokensTest {

    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private final SecretKey key = key("a-secret-of-at-least-thirty-two-bytes!!");
    private final Instant issuedAt = Instant.parse("2026-03-01T09:00:00Z");
    private Clock now = Clock.fixed(issuedAt, ZoneOffset.UTC);
    private final VerifiedTokens tokens = new VerifiedTokens(signatures(key), expiry(), LIFETIME);

    @Test
    void aTokenVerifiedEarlierIsRefusedOnceItExpires() {
        String token = issue(key);
        assertThat(tokens.decode(token).block().getSubject()).isEqualTo("cashier-7");

        now = Clock.fixed(issuedAt.plus(LIFETIME).plus(Duration.ofMinutes(2)), ZoneOffset.UTC);

        assertThatThrownBy(() -> tokens.decode(token).block()).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedEveryTime() {
        String forged = issue(key("another-secret-of-at-least-32-bytes!!!"));

        assertThatThrownBy(() -> tokens.decode(forged).block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged).block()).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aTokenVerifiedEarlierIsRefusedOnceItsSessionEnds() {
        AtomicBoolean ended = new AtomicBoolean();
        VerifiedTokens sessions = new VerifiedTokens(signatures(key), jwt -> ended.get()
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the session has ended", null))
                : OAuth2TokenValidatorResult.success(), LIFETIME);
        String token = issue(key);
        assertThat(sessions.decode(token).block().getSubject()).isEqualTo("cashier-7");

        ended.set(true);

        assertThatThrownBy(() -> sessions.decode(token).block()).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("the session has ended");
    }

    private JwtTimestampValidator expiry() {
        JwtTimestampValidator validator = new JwtTimestampValidator();
        validator.setClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.instant();
            }
        });
        return validator;
    }

    private String issue(SecretKey signingKey) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("cashier-7").issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(LIFETIME)).build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(signingKey))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    private static NimbusReactiveJwtDecoder signatures(SecretKey key) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return decoder;
    }

    private static SecretKey key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
