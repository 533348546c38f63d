package app.pos.bench;

import org.HdrHistogram.Histogram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long after a bill was acknowledged to its till each sales-stream subscriber heard of it. A bill
 * is acknowledged by its 201 (or, for one that waited, by the owner's approval). A push may even
 * overtake the acknowledgement; it then counts as no delay at all.
 */
public final class PushLag {

    private final int subscribers;
    private final Map<String, Bill> bills = new ConcurrentHashMap<>();
    private final Histogram lagMicros = Measurements.histogram();
    private final LongAdder expected = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder beforeAcknowledgement = new LongAdder();

    public PushLag(int subscribers) {
        this.subscribers = subscribers;
    }

    /** The till heard that the bill is complete. */
    public void acknowledged(String saleId, long nanos, boolean measured) {
        if (subscribers == 0) {
            return;
        }
        Bill bill = bills.computeIfAbsent(saleId, id -> new Bill());
        synchronized (bill) {
            bill.acknowledgedAt = nanos;
            bill.measured = measured;
            if (measured) {
                expected.add(subscribers);
                for (int i = 0; i < bill.pushes; i++) {
                    lagMicros.recordValue(0);
                }
                delivered.add(bill.pushes);
                beforeAcknowledgement.add(bill.pushes);
            }
            forgetIfDone(saleId, bill);
        }
    }

    /** One subscriber heard of the bill. */
    public void pushed(String saleId, long nanos) {
        Bill bill = bills.computeIfAbsent(saleId, id -> new Bill());
        synchronized (bill) {
            bill.pushes++;
            if (bill.acknowledgedAt >= 0) {
                if (bill.measured) {
                    lagMicros.recordValue(Math.min(Measurements.HIGHEST_MICROS,
                            Math.max(0, (nanos - bill.acknowledgedAt) / 1_000)));
                    delivered.increment();
                }
                forgetIfDone(saleId, bill);
            }
        }
    }

    /** Bills pushed that no till has had acknowledged (yet). */
    public long unacknowledgedBills() {
        return bills.values().stream().filter(bill -> bill.acknowledgedAt < 0).count();
    }

    private void forgetIfDone(String saleId, Bill bill) {
        if (bill.acknowledgedAt >= 0 && bill.pushes >= subscribers) {
            bills.remove(saleId);
        }
    }

    public int subscribers() {
        return subscribers;
    }

    public Histogram lagMicros() {
        return lagMicros;
    }

    public long expected() {
        return expected.sum();
    }

    public long delivered() {
        return delivered.sum();
    }

    public long beforeAcknowledgement() {
        return beforeAcknowledgement.sum();
    }

    private static final class Bill {
        long acknowledgedAt = -1;
        boolean measured;
        int pushes;
    }
}
