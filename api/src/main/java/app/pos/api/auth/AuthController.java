package app.pos.api.auth;

import app.pos.api.security.Permission;
import app.pos.api.security.RolePermissions;
import app.pos.api.security.TokenService;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Found;
import app.pos.api.shared.Queries;
import app.pos.kernel.identity.FindUser;
import app.pos.kernel.identity.FindUserByEmail;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.UserAccount;
import app.pos.kernel.rules.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Sign in with email and password for a bearer access token (A1)")
public class AuthController {


    private final Queries queries;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    /** Checked when the email is unknown, so a wrong email takes as long as a wrong password. */
    private final String decoyHash;

    public AuthController(Queries queries, PasswordEncoder passwords, TokenService tokens) {
        this.queries = queries;
        this.passwords = passwords;
        this.tokens = tokens;
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

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Sign in; returns a bearer access token (refresh tokens arrive with staff sessions)")
    public Mono<LoginResponse> login(@Valid @RequestBody LoginRequest request) {
        return queries.ask(new FindUserByEmail(request.email()), UserAccount.class)
                .filter(UserAccount::active)
                .map(user -> new Candidate(user, user.passwordHash()))
                .defaultIfEmpty(new Candidate(null, decoyHash))
                .publishOn(Schedulers.boundedElastic())
                .filter(candidate -> passwords.matches(request.password(), candidate.hash()) && candidate.user() != null)
                .map(candidate -> {
                    TokenService.IssuedToken token = tokens.issue(candidate.user());
                    return new LoginResponse(token.value(), null, token.expiresInSeconds(), "Bearer",
                            UserSummary.of(candidate.user()));
                })
                .switchIfEmpty(Mono.error(() -> new RuleViolation("INVALID_CREDENTIALS", RuleViolation.Kind.UNAUTHENTICATED,
                        "email or password is wrong")));
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user and their permissions")
    public Mono<UserSummary> me(Caller caller) {
        return Found.orNotFound(queries.ask(new FindUser(caller.userId()), UserAccount.class), "USER_NOT_FOUND",
                caller.userId()).map(UserSummary::of);
    }

    private record Candidate(UserAccount user, String hash) {
    }
}
