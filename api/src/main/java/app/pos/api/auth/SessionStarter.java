package app.pos.api.auth;

import app.pos.api.security.TokenService;
import app.pos.api.security.sessions.RefreshTokens;
import app.pos.kernel.identity.UserAccount;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.UUID;

/** Hands a signed-in person their tokens: a new session, or the next pair of one they refreshed. */
@Component
class SessionStarter {

    private final TokenService tokens;
    private final RefreshTokens refreshTokens;

    SessionStarter(TokenService tokens, RefreshTokens refreshTokens) {
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
    }

    Mono<LoginResponse> start(UserAccount user) {
        UUID session = UUID.randomUUID();
        return Mono.fromCallable(() -> refreshTokens.startSession(session, user.id(), user.businessId()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(refreshToken -> pair(user, session, refreshToken));
    }

    LoginResponse pair(UserAccount user, UUID session, String refreshToken) {
        TokenService.IssuedToken access = tokens.issue(user, session);
        return new LoginResponse(access.value(), refreshToken, access.expiresInSeconds(), "Bearer",
                LoginResponse.UserSummary.of(user));
    }
}
