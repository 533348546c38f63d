package app.pos.api.auth;

import app.pos.api.problem.RequestIds;
import app.pos.api.shared.Caller;
import app.pos.api.shared.CallerResolver;
import app.pos.api.shared.Commands;
import app.pos.kernel.identity.RecordSignIn;
import app.pos.kernel.identity.SignInOutcome;
import app.pos.kernel.identity.UserAccount;
import app.pos.kernel.rules.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.UUID;
import java.util.function.Function;

/**
 * Checks a password or PIN against an account and records the attempt on it, so wrong guesses count
 * towards its lockout whichever way they came. An unknown account is checked against a decoy hash, so
 * it takes as long to refuse as a wrong password and says nothing about who has an account.
 */
@Component
class CredentialCheck {

    private final PasswordEncoder passwords;
    private final Commands commands;
    private final String decoyHash;

    CredentialCheck(PasswordEncoder passwords, Commands commands) {
        this.passwords = passwords;
        this.commands = commands;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** The account if the secret matched; 401 INVALID_CREDENTIALS otherwise, 429 ACCOUNT_LOCKED when locked. */
    Mono<UserAccount> verify(Mono<UserAccount> account, Function<UserAccount, String> hashOf, String secret,
                             ServerWebExchange exchange) {
        return account
                .map(user -> new Candidate(user, hashOf.apply(user)))
                .defaultIfEmpty(new Candidate(null, decoyHash))
                .publishOn(Schedulers.boundedElastic())
                .map(candidate -> new Attempt(candidate.user(), passwords.matches(secret, candidate.hash())))
                .filter(attempt -> attempt.user() != null)
                .flatMap(attempt -> recorded(attempt, exchange))
                .switchIfEmpty(Mono.error(() -> new RuleViolation("INVALID_CREDENTIALS",
                        RuleViolation.Kind.UNAUTHENTICATED, "email, password or PIN is wrong")));
    }

    /** The attempt goes on the account's record, as the person it claims to be, from the till it came from. */
    private Mono<UserAccount> recorded(Attempt attempt, ServerWebExchange exchange) {
        UserAccount user = attempt.user();
        String terminal = CallerResolver.terminalOf(exchange);
        String requestId = RequestIds.of(exchange);
        Caller claimed = new Caller(user.id(), user.businessId(), user.role(), terminal, requestId, requestId);
        return commands.<SignInOutcome>send(new RecordSignIn(user.id(), attempt.matched(), terminal), claimed)
                .filter(SignInOutcome::signedIn)
                .map(outcome -> user);
    }

    private record Candidate(UserAccount user, String hash) {
    }

    private record Attempt(UserAccount user, boolean matched) {
    }
}
