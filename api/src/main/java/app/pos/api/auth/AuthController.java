package app.pos.api.auth;

import app.pos.api.security.Permission;
import app.pos.api.security.RolePermissions;
import app.pos.api.security.TokenService;
import app.pos.api.security.sessions.RefreshTokens;
import app.pos.api.security.sessions.RevokedSessions;
import app.pos.api.problem.RequestIds;
import app.pos.api.shared.Caller;
import app.pos.api.shared.CallerResolver;
import app.pos.api.shared.Commands;
import app.pos.api.shared.Found;
import app.pos.api.shared.Queries;
import app.pos.kernel.identity.FindUser;
import app.pos.kernel.identity.FindUserByEmail;
import app.pos.kernel.identity.RecordSignIn;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.SignInOutcome;
import app.pos.kernel.identity.UserAccount;
import app.pos.kernel.rules.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = AuthController.TAG, description = "Sign in, keep the session, end it, and see what you may do (A1, A2)")
public class AuthController {

    static final String TAG = "Authentication";

    private final Queries queries;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final RefreshTokens refreshTokens;
    private final Commands commands;
    /** Checked when the email is unknown, so a wrong email takes as long as a wrong password. */
    private final String decoyHash;

    public AuthController(Queries queries, PasswordEncoder passwords, TokenService tokens,
                          RefreshTokens refreshTokens, Commands commands) {
        this.commands = commands;
        this.queries = queries;
        this.passwords = passwords;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    public record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
    }

    public record UserSummary(UUID id, String email, String fullName, Role role, UUID businessId,
                              Set<Permission> permissions) {

        static UserSummary of(UserAccount user) {
            return new UserSummary(user.id(), user.email(), user.fullName(), user.role(), user.businessId(),
                    RolePermissions.of(user.role()));
        }
    }

    public record LoginResponse(String accessToken, String refreshToken, long expiresIn, String tokenType,
                                UserSummary user) {
    }

    public record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
    }

    public record LogoutRequest(@Size(max = 100) String refreshToken) {
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Sign in; returns a short-lived bearer access token and a one-use refresh token. Five "
            + "wrong passwords in a row lock the account for 15 minutes (429 ACCOUNT_LOCKED)")
    public Mono<LoginResponse> login(@Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
        return queries.ask(new FindUserByEmail(request.email()), UserAccount.class)
                .filter(UserAccount::active)
                .map(user -> new Candidate(user, user.passwordHash()))
                .defaultIfEmpty(new Candidate(null, decoyHash))
                .publishOn(Schedulers.boundedElastic())
                .map(candidate -> new Attempt(candidate.user(), passwords.matches(request.password(), candidate.hash())))
                .filter(attempt -> attempt.user() != null)
                .flatMap(attempt -> recorded(attempt, exchange))
                .publishOn(Schedulers.boundedElastic())
                .map(user -> {
                    UUID session = UUID.randomUUID();
                    return pair(user, session, refreshTokens.startSession(session, user.id(), user.businessId()));
                })
                .switchIfEmpty(Mono.error(() -> new RuleViolation("INVALID_CREDENTIALS", RuleViolation.Kind.UNAUTHENTICATED,
                        "email or password is wrong")));
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

    @PostMapping("/refresh")
    @SecurityRequirements
    @Operation(summary = "Trade a refresh token for a new pair; each refresh token works once, and a reused one "
            + "ends its session everywhere")
    public Mono<LoginResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return Mono.fromCallable(() -> refreshTokens.rotate(request.refreshToken()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(rotated -> queries.ask(new FindUser(rotated.session().userId()), UserAccount.class)
                        .filter(UserAccount::active)
                        .map(user -> pair(user, rotated.session().familyId(), rotated.refreshToken()))
                        .switchIfEmpty(Mono.fromRunnable(() -> refreshTokens.endSession(rotated.session().familyId()))
                                .subscribeOn(Schedulers.boundedElastic())
                                .then(Mono.error(() -> new RuleViolation("USER_INACTIVE",
                                        RuleViolation.Kind.UNAUTHENTICATED, "this user can no longer sign in")))));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End this session: its access and refresh tokens stop working at once")
    public Mono<Void> logout(@Valid @RequestBody(required = false) LogoutRequest request,
                             @AuthenticationPrincipal Jwt token) {
        return Mono.<Void>fromRunnable(() -> {
            refreshTokens.endSession(UUID.fromString(token.getClaimAsString(RevokedSessions.SESSION_CLAIM)));
            if (request != null && request.refreshToken() != null) {
                refreshTokens.endSessionOf(request.refreshToken());
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user and their permissions")
    public Mono<UserSummary> me(Caller caller) {
        return Found.orNotFound(queries.ask(new FindUser(caller.userId()), UserAccount.class), "USER_NOT_FOUND",
                caller.userId()).map(UserSummary::of);
    }

    private LoginResponse pair(UserAccount user, UUID session, String refreshToken) {
        TokenService.IssuedToken access = tokens.issue(user, session);
        return new LoginResponse(access.value(), refreshToken, access.expiresInSeconds(), "Bearer",
                UserSummary.of(user));
    }

    private record Candidate(UserAccount user, String hash) {
    }

    private record Attempt(UserAccount user, boolean matched) {
    }
}
