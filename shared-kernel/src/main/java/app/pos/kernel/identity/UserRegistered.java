package app.pos.kernel.identity;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A person can now sign in to a business. Only the password's one-way hash is ever recorded. */
@Revision("1")
public record UserRegistered(UUID userId, UUID businessId, String email, String fullName, Role role,
                             String passwordHash) {
}
