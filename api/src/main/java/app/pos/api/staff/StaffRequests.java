package app.pos.api.staff;

import app.pos.kernel.identity.Permission;
import app.pos.kernel.identity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The bodies the staff endpoints take. Passwords and PINs are checked by the password policy, then hashed. */
public final class StaffRequests {

    private StaffRequests() {
    }

    public record NewMember(@Nullable UUID id, @NotBlank @Email @Size(max = 254) String email,
                            @NotBlank @Size(max = 200) String fullName, @NotNull Role role,
                            @NotBlank @Size(max = 200) String password, @Size(max = 8) @Nullable String pin) {
    }

    public record Profile(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String fullName) {
    }

    public record RoleChange(@NotNull Role role) {
    }

    public record NewPassword(@NotBlank @Size(max = 200) String password) {
    }

    public record NewPin(@NotBlank @Size(max = 8) String pin) {
    }

    public enum PermissionAction { GRANT, REVOKE }

    public record PermissionChange(@NotNull Permission permission, @NotNull PermissionAction action) {
    }
}
