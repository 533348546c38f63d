package app.pos.kernel.dashboard;

import java.time.Instant;
import java.util.UUID;

/** An owner approved a waiting bill, or sent it back to the cashier as a draft. */
public record ApprovalDecided(UUID saleId, String billNumber, Decision decision, UUID decidedBy, String notes,
                              Instant decidedAt) {

    public enum Decision {
        APPROVED,
        REJECTED
    }
}
