package app.pos.kernel.identity;

import java.util.UUID;

public record UserAccount(UUID id, UUID businessId, String email, String fullName, Role role, String passwordHash,
                          boolean active) {
}
