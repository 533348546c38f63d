package app.pos.api.auth;

import app.pos.api.problem.InvalidInput;
import app.pos.api.shared.Caller;
import app.pos.kernel.identity.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the signed-in user may do, so a till can hide what it would only be refused (A2). */
@RestController
@RequestMapping("/api/v1/auth/permissions")
@Tag(name = AuthController.TAG)
public class PermissionsController {

    public record MyPermissions(String role, List<Permission> permissions) {
    }

    public record CheckRequest(@NotBlank String permission) {
    }

    public record CheckResult(Permission permission, boolean granted) {
    }

    @GetMapping
    @Operation(operationId = "listOwnPermissions",
            summary = "My permissions: my role's, plus what was granted to me, minus what was revoked, as my "
            + "access token carries them")
    public MyPermissions mine(Caller caller, Authentication authentication) {
        Set<String> granted = granted(authentication);
        return new MyPermissions(caller.role().name(), Arrays.stream(Permission.values())
                .filter(permission -> granted.contains(permission.name())).toList());
    }

    @PostMapping("/check")
    @Operation(operationId = "checkPermission",
            summary = "Whether I hold one permission")
    public CheckResult check(@Valid @RequestBody CheckRequest request, Authentication authentication) {
        Permission permission = Arrays.stream(Permission.values())
                .filter(candidate -> candidate.name().equals(request.permission().strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("permission", "UNKNOWN_PERMISSION",
                        "no permission is called " + request.permission() + "; they are "
                                + Arrays.toString(Permission.values())));
        return new CheckResult(permission, granted(authentication).contains(permission.name()));
    }

    private static Set<String> granted(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
