package app.pos.kernel.identity;

import app.pos.kernel.settings.StoreSettings;

import java.util.UUID;

/**
 * Opens a new business on the platform together with its first owner, in one step: both or neither.
 * The owner's password arrives already hashed.
 */
public record RegisterBusiness(UUID businessId, StoreSettings settings, UUID ownerId, String ownerEmail,
                               String ownerFullName, String ownerPasswordHash) {
}
