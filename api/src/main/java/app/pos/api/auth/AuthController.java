package app.pos.api.auth;

import app.pos.api.problem.InvalidInput;
import app.pos.api.security.sessions.RefreshTokens;
import app.pos.api.security.sessions.RevokedSessions;
import app.pos.api.shared.Caller;
import app.pos.api.shared.CallerResolver;
import app.pos.api.shared.Found;
import app.pos.api.shared.Queries;
import app.pos.kernel.identity.FindUser;
import app.pos.kernel.identity.FindUserByEmail;
import app.pos.kernel.identity.UserAccount;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.settings.FindTerminal;
import app.pos.kernel.settings.TerminalView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = AuthController.TAG, description = "Sign in, keep the session, end it, and see what you may do (A1, A2)")
public class AuthController {

    static final String TAG = "Authentication";

    private final Queries queries;
    private final CredentialCheck credentials;
    private final SessionStarter sessions;
    private final RefreshTokens refreshTokens;

    public AuthController(Queries queries, CredentialCheck credentials, SessionStarter sessions,
                          RefreshTokens refreshTokens) {
        this.queries = queries;
        this.credentials = credentials;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
    }

    public record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
    }

    public record PinLoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 8) String pin) {
    }

    public record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
    }

    public record LogoutRequest(@Size(max = 100) @Nullable String refreshToken) {
    }

    @PostMapping("/login")
    @SecurityRequirements
    @SignInResponses
    @Operation(operationId = "login",
            summary = "Sign in; returns a short-lived bearer access token and a one-use refresh token. Five "
            + "wrong passwords in a row lock the account for 15 minutes (429 ACCOUNT_LOCKED); each address may "
            + "try a limited number of times a minute (429 TOO_MANY_SIGN_IN_ATTEMPTS)")
    public Mono<LoginResponse> login(@Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
        Mono<UserAccount> account = queries.ask(new FindUserByEmail(request.email()), UserAccount.class)
                .filter(UserAccount::active);
        return credentials.verify(account, UserAccount::passwordHash, request.password(), exchange)
                .flatMap(sessions::start);
    }

    @PostMapping("/pin-login")
    @SecurityRequirements
    @SignInResponses
    @Operation(operationId = "pinLogin",
            summary = "Quick sign-in with a PIN, only from a till the person's store registered (X-Terminal-Id "
            + "required): for cashiers switching at a till. Wrong PINs count towards the same lockout as passwords")
    public Mono<LoginResponse> pinLogin(@Valid @RequestBody PinLoginRequest request, ServerWebExchange exchange) {
        String terminal = CallerResolver.terminalOf(exchange);
        if (terminal == null) {
            throw new InvalidInput(CallerResolver.TERMINAL_HEADER, "TERMINAL_REQUIRED",
                    "PIN sign-in needs the till's " + CallerResolver.TERMINAL_HEADER + " header");
        }
        Mono<UserAccount> account = queries.ask(new FindUserByEmail(request.email()), UserAccount.class)
                .filter(user -> user.active() && user.pinHash() != null)
                .filterWhen(user -> queries.ask(new FindTerminal(user.businessId(), terminal), TerminalView.class)
                        .map(TerminalView::active).defaultIfEmpty(false));
        return credentials.verify(account, UserAccount::pinHash, request.pin(), exchange).flatMap(sessions::start);
    }

    @PostMapping("/refresh")
    @SecurityRequirements
    @ApiResponse(responseCode = "401", description = "`INVALID_REFRESH_TOKEN`, or `REFRESH_TOKEN_REUSED` "
            + "(the session has ended everywhere)")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(operationId = "refreshSession",
            summary = "Trade a refresh token for a new pair; each refresh token works once, and a reused one "
            + "ends its session everywhere")
    public Mono<LoginResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return Mono.fromCallable(() -> refreshTokens.rotate(request.refreshToken()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(rotated -> queries.ask(new FindUser(rotated.session().userId()), UserAccount.class)
                        .filter(UserAccount::active)
                        .map(user -> sessions.pair(user, rotated.session().familyId(), rotated.refreshToken()))
                        .switchIfEmpty(Mono.fromRunnable(() -> refreshTokens.endSession(rotated.session().familyId()))
                                .subscribeOn(Schedulers.boundedElastic())
                                .then(Mono.error(() -> new RuleViolation("USER_INACTIVE",
                                        RuleViolation.Kind.UNAUTHENTICATED, "this user can no longer sign in")))));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "logout",
            summary = "End this session: its access and refresh tokens stop working at once")
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
    @Operation(operationId = "getCurrentUser",
            summary = "The signed-in user and their permissions")
    public Mono<LoginResponse.UserSummary> me(Caller caller) {
        return Found.orNotFound(queries.ask(new FindUser(caller.userId()), UserAccount.class), "USER_NOT_FOUND",
                caller.userId()).map(LoginResponse.UserSummary::of);
    }
}
