package app.pos.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Collection;

/**
 * Access tokens whose signature has been checked already. A till sends the same token with every request,
 * and checking its signature and reading its claims again each time was a measurable share of a sale's
 * cost. Only that is remembered: expiry and the session are checked on every use.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private static final int REMEMBERED = 10_000;

    private final ReactiveJwtDecoder signatures;
    private final OAuth2TokenValidator<Jwt> validity;
    private final Cache<String, Jwt> verified;

    /** @param signatures checks the signature and reads the claims, and validates nothing */
    VerifiedTokens(ReactiveJwtDecoder signatures, OAuth2TokenValidator<Jwt> validity, Duration tokenLifetime) {
        this.signatures = signatures;
        this.validity = validity;
        this.verified = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterWrite(tokenLifetime).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        Mono<Jwt> signed = known != null ? Mono.just(known)
                : signatures.decode(token).doOnNext(jwt -> verified.put(token, jwt));
        return signed.flatMap(this::valid);
    }

    private Mono<Jwt> valid(Jwt jwt) {
        OAuth2TokenValidatorResult result = validity.validate(jwt);
        if (!result.hasErrors()) {
            return Mono.just(jwt);
        }
        Collection<OAuth2Error> errors = result.getErrors();
        String reason = errors.stream().map(OAuth2Error::getDescription).filter(d -> d != null && !d.isBlank())
                .findFirst().orElse("Unable to validate Jwt");
        return Mono.error(new JwtValidationException(
                "An error occurred while attempting to decode the Jwt: " + reason, errors));
    }
}
