package app.pos.command.catalog;

import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.stock.Quantity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether units may leave the shelf: never below zero unless the store allows negative stock
 * (some stores sell first and count later).
 */
public final class StockPolicy {

    public static final String INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK";

    private StockPolicy() {
    }

    public static boolean allows(Quantity available, Quantity requested, boolean negativeStockAllowed) {
        return negativeStockAllowed || !available.isLessThan(requested);
    }

    /** One product a cart asked too much of. */
    public record Shortage(UUID productId, String productName, Quantity available, Quantity requested) {
    }

    public static RuleViolation insufficient(List<Shortage> shortages) {
        String names = shortages.stream()
                .map(s -> s.productName() + " (available " + s.available() + ", requested " + s.requested() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("");
        return new RuleViolation(INSUFFICIENT_STOCK, RuleViolation.Kind.CONFLICT, "Not enough stock: " + names,
                Map.of("products", shortages));
    }
}
