package app.pos.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The business the bench trades in: its owner, its shelf, its udhaar customers and its tills. */
public record Store(UUID businessId, Session owner, List<Product> products, List<UUID> customers,
                    List<Session> tills, BigDecimal approvalThreshold) {

    public record Product(UUID id, BigDecimal price) {
    }
}
