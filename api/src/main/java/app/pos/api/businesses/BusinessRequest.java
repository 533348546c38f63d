package app.pos.api.businesses;

import app.pos.api.settings.SettingsRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A new business: its store as in the settings screen, and the person who will own it. */
public record BusinessRequest(@Nullable UUID id, @NotNull @Valid SettingsRequest store,
                              @NotNull @Valid FirstOwner owner) {

    public record FirstOwner(@NotBlank @Email @Size(max = 254) String email,
                             @NotBlank @Size(max = 200) String fullName,
                             @NotBlank @Size(max = 200) String password) {
    }
}
