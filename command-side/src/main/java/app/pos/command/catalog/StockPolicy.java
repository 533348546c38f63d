package app.pos.command.catalog;

import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.stock.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

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

    /**
     * Runs one product's check per entry and names every product that is short, not just the first;
     * any other refusal stops at once.
     */
    public static <K, V> void requireAll(Map<K, V> wanted, BiConsumer<K, V> check) {
        List<Shortage> shortages = new ArrayList<>();
        wanted.forEach((key, value) -> {
            try {
                check.accept(key, value);
            } catch (RuleViolation refused) {
                if (!INSUFFICIENT_STOCK.equals(refused.code())) {
                    throw refused;
                }
                shortages.addAll(shortagesOf(refused));
            }
        });
        if (!shortages.isEmpty()) {
            throw insufficient(shortages);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Shortage> shortagesOf(RuleViolation refused) {
        return (List<Shortage>) refused.details().get("products");
    }

    public static RuleViolation insufficient(List<Shortage> shortages) {
        String names = shortages.stream()
                .map(s -> s.productName() + " (available " + s.available() + ", requested " + s.requested() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("");
        return new RuleViolation(INSUFFICIENT_STOCK, RuleViolation.Kind.CONFLICT, "Not enough stock: " + names,
                Map.of("products", shortages));
    }
}
