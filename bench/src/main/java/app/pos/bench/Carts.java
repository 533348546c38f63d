package app.pos.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

import static app.pos.bench.StoreSeeder.map;

/**
 * CreateSale bodies: three lines of different products, one to three of each. The tills do not work
 * out totals; they hand over more cash than any such bill costs and take the change, which the server
 * allows only for cash.
 */
final class Carts {

    /** More than three lines of three of the dearest product (500.00) with 5% tax. */
    static final BigDecimal CASH_HANDED_OVER = new BigDecimal("10000.00");
    private static final BigDecimal BIG_BILL_CASH = new BigDecimal("1000000.00");
    private static final BigDecimal SMALL_TENDER = new BigDecimal("10.00");

    private final List<Store.Product> products;
    private final List<UUID> customers;
    private final BigDecimal approvalThreshold;

    Carts(Store store) {
        this.products = store.products();
        this.customers = store.customers();
        this.approvalThreshold = store.approvalThreshold();
    }

    Map<String, Object> cash(UUID saleId, RandomGenerator random) {
        return map("id", saleId, "items", lines(random, false),
                "payments", List.of(payment("CASH", CASH_HANDED_OVER)));
    }

    /** Udhaar on a customer: half the time all of it, else with 20.00 in cash put down. */
    Map<String, Object> credit(UUID saleId, UUID customerId, RandomGenerator random) {
        BigDecimal down = random.nextBoolean() ? BigDecimal.ZERO : new BigDecimal("20.00");
        return map("id", saleId, "customerId", customerId, "items", lines(random, false),
                "paymentMethod", "CREDIT", "amountPaid", down);
    }

    /** UPI and card for a little of it, the rest in cash (every bill is at least 30.00). */
    Map<String, Object> split(UUID saleId, RandomGenerator random) {
        return map("id", saleId, "items", lines(random, false), "payments", List.of(
                payment("UPI", SMALL_TENDER), payment("CARD", SMALL_TENDER), payment("CASH", CASH_HANDED_OVER)));
    }

    /** A bill above the store's approval threshold: a cashier's waits for the owner. */
    Map<String, Object> overThreshold(UUID saleId, RandomGenerator random) {
        return map("id", saleId, "items", lines(random, true), "payments", List.of(payment("CASH", BIG_BILL_CASH)));
    }

    UUID anyCustomer(RandomGenerator random) {
        return customers.get(random.nextInt(customers.size()));
    }

    private List<Map<String, Object>> lines(RandomGenerator random, boolean aboveThreshold) {
        List<Map<String, Object>> lines = new ArrayList<>(3);
        int first = random.nextInt(products.size());
        int step = 1 + random.nextInt(products.size() - 1);
        if ((2 * step) % products.size() == 0) {
            step = 1;
        }
        for (int line = 0; line < 3; line++) {
            // distinct products: walk the shelf with a step that is not a multiple of its length
            Store.Product product = products.get((first + line * step) % products.size());
            int quantity = 1 + random.nextInt(3);
            if (aboveThreshold && line == 0) {
                quantity = approvalThreshold.multiply(new BigDecimal("1.2"))
                        .divide(product.price(), 0, RoundingMode.CEILING).intValueExact();
            }
            lines.add(map("productId", product.id(), "quantity", quantity, "discount", BigDecimal.ZERO));
        }
        return lines;
    }

    private static Map<String, Object> payment(String method, BigDecimal amount) {
        return map("method", method, "amount", amount);
    }
}
