package app.pos.kernel.identity;

import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record UserRevised(UUID userId, UUID businessId, String email, String fullName) {
}
