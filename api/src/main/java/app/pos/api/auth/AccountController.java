package app.pos.api.auth;

import app.pos.api.problem.InvalidInput;
import app.pos.api.security.PasswordPolicy;
import app.pos.api.security.SecretHashing;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Commands;
import app.pos.api.shared.Found;
import app.pos.api.shared.Queries;
import app.pos.kernel.identity.ChangePassword;
import app.pos.kernel.identity.FindUser;
import app.pos.kernel.identity.SetPin;
import app.pos.kernel.identity.UserAccount;
import app.pos.kernel.rules.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The signed-in person's own password and PIN. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = AuthController.TAG)
public class AccountController {

    private final Queries queries;
    private final Commands commands;
    private final CredentialCheck credentials;
    private final SessionStarter sessions;
    private final SecretHashing secrets;
    private final PasswordPolicy policy;

    public AccountController(Queries queries, Commands commands, CredentialCheck credentials, SessionStarter sessions,
                             SecretHashing secrets, PasswordPolicy policy) {
        this.queries = queries;
        this.commands = commands;
        this.credentials = credentials;
        this.sessions = sessions;
        this.secrets = secrets;
        this.policy = policy;
    }

    public record PasswordChange(@NotBlank @Size(max = 200) String currentPassword,
                                 @NotBlank @Size(max = 200) String newPassword) {
    }

    public record PinChange(@NotBlank @Size(max = 8) String pin) {
    }

    @PostMapping("/password")
    @Operation(operationId = "changeOwnPassword",
            summary = "Change my password. The current one is checked like a sign-in (wrong ones count towards "
            + "the lockout); every session I have ends, and a new one starts with the tokens returned")
    public Mono<LoginResponse> changePassword(@Valid @RequestBody PasswordChange request, Caller caller,
                                              ServerWebExchange exchange) {
        Mono<UserAccount> me = Found.orNotFound(queries.ask(new FindUser(caller.userId()), UserAccount.class),
                "USER_NOT_FOUND", caller.userId());
        return credentials.verify(me, UserAccount::passwordHash, request.currentPassword(), exchange)
                .onErrorMap(AccountController::wrongCredentials, wrong -> new InvalidInput("currentPassword",
                        "CURRENT_PASSWORD_WRONG", "currentPassword is not your password"))
                .flatMap(user -> {
                    policy.checkPassword("newPassword", request.newPassword(), user.email(), user.fullName());
                    return secrets.hash(request.newPassword())
                            .flatMap(hash -> commands.send(new ChangePassword(user.id(), caller.businessId(), hash,
                                    caller.actor()), caller))
                            .then(sessions.start(user));
                });
    }

    /** Signed in already: a wrong current password is bad input, not a failed authentication. */
    private static boolean wrongCredentials(Throwable error) {
        return error instanceof RuleViolation violation && violation.code().equals("INVALID_CREDENTIALS");
    }

    @PostMapping("/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "changeOwnPin",
            summary = "Set my till PIN (4 to 8 digits, not a run or one digit repeated)")
    public Mono<Void> setPin(@Valid @RequestBody PinChange request, Caller caller) {
        policy.checkPin("pin", request.pin());
        return secrets.hash(request.pin())
                .flatMap(hash -> commands.send(new SetPin(caller.userId(), caller.businessId(), hash, caller.actor()),
                        caller))
                .then();
    }
}
