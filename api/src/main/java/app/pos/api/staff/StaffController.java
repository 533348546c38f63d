package app.pos.api.staff;

import app.pos.api.security.PasswordPolicy;
import app.pos.api.security.SecretHashing;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Commands;
import app.pos.api.shared.EntityIds;
import app.pos.api.shared.Found;
import app.pos.api.shared.PageParams;
import app.pos.api.shared.PageResponse;
import app.pos.api.shared.Queries;
import app.pos.api.staff.StaffRequests.NewMember;
import app.pos.api.staff.StaffRequests.NewPassword;
import app.pos.api.staff.StaffRequests.NewPin;
import app.pos.api.staff.StaffRequests.PermissionAction;
import app.pos.api.staff.StaffRequests.PermissionChange;
import app.pos.api.staff.StaffRequests.Profile;
import app.pos.api.staff.StaffRequests.RoleChange;
import app.pos.kernel.identity.ChangePassword;
import app.pos.kernel.identity.ChangeUserRole;
import app.pos.kernel.identity.DeactivateUser;
import app.pos.kernel.identity.FindUser;
import app.pos.kernel.identity.GrantPermission;
import app.pos.kernel.identity.ListStaff;
import app.pos.kernel.identity.ReactivateUser;
import app.pos.kernel.identity.RegisterUser;
import app.pos.kernel.identity.ReviseUser;
import app.pos.kernel.identity.RevokePermission;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.SetPin;
import app.pos.kernel.identity.StaffPage;
import app.pos.kernel.identity.UserAccount;
import app.pos.kernel.identity.UserState;
import app.pos.kernel.paging.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * The owner's staff screen (A2): people, their roles and their own permission differences. Every change
 * is an event on the person's account, so the audit trail says who changed what; anything that takes
 * access away ends the person's sessions in the same transaction.
 */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "Create, edit, deactivate and reactivate staff; roles, permissions, passwords "
        + "and PINs (A2). All need STAFF_MANAGE; only owners manage owners")
public class StaffController {

    private final Commands commands;
    private final Queries queries;
    private final SecretHashing secrets;
    private final PasswordPolicy policy;

    public StaffController(Commands commands, Queries queries, SecretHashing secrets, PasswordPolicy policy) {
        this.commands = commands;
        this.queries = queries;
        this.secrets = secrets;
        this.policy = policy;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "addStaffMember",
            summary = "Add a member of staff with a role, a password and optionally a PIN (STAFF_MANAGE); "
            + "repeating the same id or Idempotency-Key changes nothing")
    public Mono<ResponseEntity<StaffResponse>> create(@Valid @RequestBody NewMember request,
                                                      @RequestHeader(name = EntityIds.IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
                                                      Caller caller) {
        policy.checkPassword("password", request.password(), request.email(), request.fullName());
        if (request.pin() != null) {
            policy.checkPin("pin", request.pin());
        }
        UUID id = EntityIds.forCreate(request.id(), idempotencyKey, caller, "staff");
        return Mono.zip(secrets.hash(request.password()), request.pin() == null ? Mono.just("") : secrets.hash(request.pin()))
                .flatMap(hashes -> commands.<UserState>send(new RegisterUser(id, caller.businessId(), request.email(),
                        request.fullName(), request.role(), hashes.getT1(), hashes.getT2(), caller.actor()), caller))
                .flatMap(this::withReadSide)
                .map(body -> ResponseEntity.status(HttpStatus.CREATED).body(body));
    }

    @GetMapping
    @Operation(operationId = "listStaff",
            summary = "Search and page the staff (STAFF_MANAGE); filter by role and active")
    public Mono<PageResponse<StaffResponse>> list(@RequestParam(required = false) String search,
                                                  @RequestParam(required = false) Role role,
                                                  @RequestParam(required = false) Boolean active,
                                                  @ParameterObject PageParams page, Caller caller) {
        PageRequest request = page.toRequest();
        return queries.ask(new ListStaff(caller.businessId(), search, role, active, request), StaffPage.class)
                .map(result -> PageResponse.of(result.items(), result.total(), request, StaffResponse::of));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getStaffMember",
            summary = "One member of staff with their permissions (STAFF_MANAGE)")
    public Mono<StaffResponse> get(@PathVariable UUID id, Caller caller) {
        return ofMyBusiness(id, caller).map(StaffResponse::of);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "reviseStaffMember",
            summary = "Correct a name or sign-in email (STAFF_MANAGE)")
    public Mono<StaffResponse> revise(@PathVariable UUID id, @Valid @RequestBody Profile request, Caller caller) {
        return change(new ReviseUser(id, caller.businessId(), request.email(), request.fullName(), caller.actor()),
                caller);
    }

    @PutMapping("/{id}/role")
    @Operation(operationId = "changeStaffRole",
            summary = "Give someone another role (STAFF_MANAGE); their sessions end, so the new role applies "
            + "from their next sign-in")
    public Mono<StaffResponse> role(@PathVariable UUID id, @Valid @RequestBody RoleChange request, Caller caller) {
        return change(new ChangeUserRole(id, caller.businessId(), request.role(), caller.actor()), caller);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(operationId = "deactivateStaffMember",
            summary = "Stop someone signing in; every session they have ends at once (STAFF_MANAGE)")
    public Mono<StaffResponse> deactivate(@PathVariable UUID id, Caller caller) {
        return change(new DeactivateUser(id, caller.businessId(), caller.actor()), caller);
    }

    @PostMapping("/{id}/reactivate")
    @Operation(operationId = "reactivateStaffMember",
            summary = "Let a deactivated person sign in again (STAFF_MANAGE)")
    public Mono<StaffResponse> reactivate(@PathVariable UUID id, Caller caller) {
        return change(new ReactivateUser(id, caller.businessId(), caller.actor()), caller);
    }

    @PostMapping("/{id}/permissions")
    @Operation(operationId = "changeStaffPermission",
            summary = "Grant a permission beyond the role, or revoke one the role gives (STAFF_MANAGE); a "
            + "revoke ends the person's sessions, a grant arrives with their next refresh")
    public Mono<StaffResponse> permission(@PathVariable UUID id, @Valid @RequestBody PermissionChange request,
                                          Caller caller) {
        Object command = request.action() == PermissionAction.GRANT
                ? new GrantPermission(id, caller.businessId(), request.permission(), caller.actor())
                : new RevokePermission(id, caller.businessId(), request.permission(), caller.actor());
        return change(command, caller);
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "resetStaffPassword",
            summary = "Reset someone's password (STAFF_MANAGE); their sessions end")
    public Mono<Void> resetPassword(@PathVariable UUID id, @Valid @RequestBody NewPassword request, Caller caller) {
        return ofMyBusiness(id, caller).flatMap(person -> {
            policy.checkPassword("password", request.password(), person.email(), person.fullName());
            return secrets.hash(request.password());
        }).flatMap(hash -> commands.send(new ChangePassword(id, caller.businessId(), hash, caller.actor()), caller,
                "USER_NOT_FOUND")).then();
    }

    @PostMapping("/{id}/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "resetStaffPin",
            summary = "Set or reset someone's till PIN (STAFF_MANAGE)")
    public Mono<Void> resetPin(@PathVariable UUID id, @Valid @RequestBody NewPin request, Caller caller) {
        policy.checkPin("pin", request.pin());
        return secrets.hash(request.pin())
                .flatMap(hash -> commands.send(new SetPin(id, caller.businessId(), hash, caller.actor()), caller,
                        "USER_NOT_FOUND"))
                .then();
    }

    private Mono<StaffResponse> change(Object command, Caller caller) {
        return commands.<UserState>send(command, caller, "USER_NOT_FOUND").flatMap(this::withReadSide);
    }

    private Mono<StaffResponse> withReadSide(UserState state) {
        return queries.ask(new FindUser(state.id()), UserAccount.class)
                .map(known -> StaffResponse.of(state, known))
                .defaultIfEmpty(StaffResponse.of(state, null));
    }

    private Mono<UserAccount> ofMyBusiness(UUID id, Caller caller) {
        return Found.orNotFound(queries.ask(new FindUser(id), UserAccount.class)
                .filter(account -> account.businessId().equals(caller.businessId())), "USER_NOT_FOUND", id);
    }
}
