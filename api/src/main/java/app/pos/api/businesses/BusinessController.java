package app.pos.api.businesses;

import app.pos.api.platform.PlatformProperties;
import app.pos.api.problem.RequestIds;
import app.pos.api.security.PasswordPolicy;
import app.pos.api.security.SecretHashing;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Commands;
import app.pos.api.shared.EntityIds;
import app.pos.api.shared.Found;
import app.pos.api.shared.PageParams;
import app.pos.api.shared.PageResponse;
import app.pos.api.shared.Queries;
import app.pos.kernel.identity.BusinessPage;
import app.pos.kernel.identity.BusinessView;
import app.pos.kernel.identity.FindBusiness;
import app.pos.kernel.identity.ListBusinesses;
import app.pos.kernel.identity.RegisterBusiness;
import app.pos.kernel.paging.PageRequest;
import app.pos.kernel.rules.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The platform's businesses (A3). Its admin registers a business with its first owner; when self-signup
 * is switched on, anyone may open one for themselves. Either way the store and its owner are created in
 * one step. The admin sees each business's name and size, never its trade.
 */
@RestController
@RequestMapping("/api/v1/businesses")
@Tag(name = "Businesses", description = "Register businesses on the platform (A3): BUSINESS_MANAGE, held only by "
        + "the platform's SUPER_ADMIN; self-signup when POS_SELF_SIGNUP is on")
public class BusinessController {

    private final Commands commands;
    private final Queries queries;
    private final SecretHashing secrets;
    private final PasswordPolicy policy;
    private final PlatformProperties platform;

    public BusinessController(Commands commands, Queries queries, SecretHashing secrets, PasswordPolicy policy,
                              PlatformProperties platform) {
        this.commands = commands;
        this.queries = queries;
        this.secrets = secrets;
        this.policy = policy;
        this.platform = platform;
    }

    public record RegisteredBusiness(UUID id, String storeName, Owner owner) {
    }

    public record Owner(UUID id, String email, String fullName) {
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "registerBusiness",
            summary = "Register a business and its first owner (BUSINESS_MANAGE); repeating the same id or "
            + "Idempotency-Key changes nothing")
    public Mono<ResponseEntity<RegisteredBusiness>> register(@Valid @RequestBody BusinessRequest request,
                                                             @RequestHeader(name = EntityIds.IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
                                                             Caller caller) {
        return open(request, idempotencyKey, caller);
    }

    @PostMapping("/signup")
    @SecurityRequirements
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "`SIGNUP_DISABLED`")
    @ApiResponse(responseCode = "429",
            description = "`TOO_MANY_SIGN_IN_ATTEMPTS` from one address (with `Retry-After`)")
    @Operation(operationId = "signUpBusiness",
            summary = "Open a business for yourself, as its owner, when the platform allows self-signup "
            + "(403 SIGNUP_DISABLED otherwise); then sign in. Rate-limited per address like sign-in")
    public Mono<ResponseEntity<RegisteredBusiness>> signup(@Valid @RequestBody BusinessRequest request,
                                                           ServerWebExchange exchange) {
        if (!platform.selfSignup()) {
            return Mono.error(new RuleViolation("SIGNUP_DISABLED", RuleViolation.Kind.FORBIDDEN,
                    "this platform registers businesses itself; ask its administrator"));
        }
        String requestId = RequestIds.of(exchange);
        // A stranger's request names no id of its own: an existing business's id would only tell them it exists.
        BusinessRequest fresh = new BusinessRequest(null, request.store(), request.owner());
        return open(fresh, null, new Caller(null, null, null, null, requestId, requestId));
    }

    @GetMapping
    @Operation(operationId = "listBusinesses",
            summary = "Every business on the platform, newest first (BUSINESS_MANAGE)")
    public Mono<PageResponse<BusinessView>> list(@RequestParam(required = false) String search,
                                                 @ParameterObject PageParams page) {
        PageRequest request = page.toRequest();
        return queries.ask(new ListBusinesses(search, request), BusinessPage.class)
                .map(result -> PageResponse.of(result.items(), result.total(), request, business -> business));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getBusiness",
            summary = "One business: name, time zone, currency, active staff (BUSINESS_MANAGE)")
    public Mono<BusinessView> get(@PathVariable UUID id) {
        return Found.orNotFound(queries.ask(new FindBusiness(id), BusinessView.class), "BUSINESS_NOT_FOUND", id);
    }

    private Mono<ResponseEntity<RegisteredBusiness>> open(BusinessRequest request, String idempotencyKey,
                                                          Caller caller) {
        BusinessRequest.FirstOwner owner = request.owner();
        policy.checkPassword("owner.password", owner.password(), owner.email(), owner.fullName());
        UUID businessId = EntityIds.forCreate(request.id(), idempotencyKey, "platform/business");
        UUID ownerId = UUID.nameUUIDFromBytes((businessId + "/first-owner").getBytes(StandardCharsets.UTF_8));
        var settings = request.store().settings();
        return secrets.hash(owner.password())
                .flatMap(hash -> commands.send(new RegisterBusiness(businessId, settings, ownerId, owner.email(),
                        owner.fullName(), hash), caller))
                .map(registered -> ResponseEntity.status(HttpStatus.CREATED).body(new RegisteredBusiness(businessId,
                        settings.storeName().strip(), new Owner(ownerId, owner.email().strip().toLowerCase(Locale.ROOT),
                        owner.fullName().strip()))));
    }
}
