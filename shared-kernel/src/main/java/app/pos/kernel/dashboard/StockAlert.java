package app.pos.kernel.dashboard;

import app.pos.kernel.stock.Quantity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A product needs attention: its stock fell below its minimum, or it expires within the warning window.
 * {@code expiryDate} and {@code daysLeft} are set for {@link Kind#EXPIRING} only.
 */
public record StockAlert(Kind kind, UUID productId, String name, Quantity currentStock, Quantity minStock,
                         String unit, LocalDate expiryDate, Long daysLeft) {

    public enum Kind {
        LOW_STOCK,
        EXPIRING
    }
}
