package app.pos.kernel.identity;

import java.util.UUID;

public record FindBusiness(UUID businessId) {
}
