package app.pos.kernel.credit;

import java.util.UUID;

public record FetchCreditOutstanding(UUID businessId) {
}
