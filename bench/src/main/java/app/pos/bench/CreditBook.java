package app.pos.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * What each customer owes, as the tills have seen it, in paise. A payment is taken out of the book
 * before it is sent, so two tills never collect the same udhaar, and put back if the server refuses it.
 */
final class CreditBook {

    private final List<UUID> customers;
    private final Map<UUID, AtomicLong> owedPaise = new ConcurrentHashMap<>();

    CreditBook(List<UUID> customers) {
        this.customers = customers;
        customers.forEach(customer -> owedPaise.put(customer, new AtomicLong()));
    }

    void owes(UUID customer, long paise) {
        if (paise > 0) {
            owedPaise.get(customer).addAndGet(paise);
        }
    }

    /** A payment of up to {@code wantedPaise} from someone who owes; null if the few asked owe nothing. */
    Repayment collect(RandomGenerator random, long wantedPaise) {
        for (int attempt = 0; attempt < 8; attempt++) {
            UUID customer = customers.get(random.nextInt(customers.size()));
            AtomicLong owed = owedPaise.get(customer);
            long now = owed.get();
            long amount = Math.min(now, wantedPaise);
            if (amount > 0 && owed.compareAndSet(now, now - amount)) {
                return new Repayment(customer, amount);
            }
        }
        return null;
    }

    void refused(Repayment repayment) {
        owes(repayment.customer(), repayment.paise());
    }

    record Repayment(UUID customer, long paise) {
    }
}
