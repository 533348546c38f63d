package app.pos.bench;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.random.RandomGenerator;

/**
 * Recent bills already seen on the read side. A till reading a bill back picks one of these: reading
 * its own bill the instant it was made would measure the projection's lag, which is reported apart.
 */
final class VisibleBills {

    private final AtomicReferenceArray<UUID> recent = new AtomicReferenceArray<>(1024);
    private final AtomicLong added = new AtomicLong();

    void seen(UUID saleId) {
        recent.set((int) (added.getAndIncrement() % recent.length()), saleId);
    }

    /** A recently seen bill, or null before any was seen. */
    UUID any(RandomGenerator random) {
        long count = Math.min(added.get(), recent.length());
        return count == 0 ? null : recent.get(random.nextInt((int) count));
    }
}
