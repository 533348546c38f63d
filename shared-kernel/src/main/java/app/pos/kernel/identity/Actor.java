package app.pos.kernel.identity;

import java.util.UUID;

/** The person on whose behalf a command is carried out. */
public record Actor(UUID userId, Role role) {
}
