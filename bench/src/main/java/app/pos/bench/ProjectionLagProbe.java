package app.pos.bench;

import org.HdrHistogram.Histogram;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Query-side lag: for a sample of bills, how long after the 201 arrived the bill could be read back
 * ({@code GET /api/v1/sales/{id}}), polling every 5 ms, and every 100 ms once it is more than 250 ms behind. The figure includes the successful poll's own
 * round trip, so it is an upper bound.
 */
public final class ProjectionLagProbe {

    private static final long POLL_EVERY_MILLIS = 5;
    /** Past the target (250 ms) the exact figure matters less than not burying a lagging read side in polls. */
    private static final long SLOW_POLL_AFTER_NANOS = Duration.ofMillis(250).toNanos();
    private static final long SLOW_POLL_EVERY_MILLIS = 100;
    private static final long GIVE_UP_NANOS = Duration.ofSeconds(30).toNanos();

    private final PosHttp http;
    private final VisibleBills visible = new VisibleBills();
    private final Scheduler timer = Schedulers.parallel();
    private final Histogram lagMicros = Measurements.histogram();
    private final AtomicInteger watching = new AtomicInteger();
    private final LongAdder polls = new LongAdder();
    private final LongAdder neverSeen = new LongAdder();
    private final LongAdder pollFailures = new LongAdder();

    public ProjectionLagProbe(PosHttp http) {
        this.http = http;
    }

    /** Polls during warm-up too, so tills have bills to read back, but records only the recorded window. */
    public void watch(UUID saleId, long acknowledgedAt, Session reader, boolean measured) {
        watching.incrementAndGet();
        poll(saleId, acknowledgedAt, reader, measured);
    }

    private void poll(UUID saleId, long acknowledgedAt, Session reader, boolean measured) {
        if (measured) {
            polls.increment();
        }
        http.get("/api/v1/sales/" + saleId, reader).subscribe(reply -> {
            long now = System.nanoTime();
            if (reply.status() == 200) {
                if (measured) {
                    lagMicros.recordValue(Math.min(Measurements.HIGHEST_MICROS, (now - acknowledgedAt) / 1_000));
                }
                visible.seen(saleId);
                watching.decrementAndGet();
            } else if (now - acknowledgedAt > GIVE_UP_NANOS) {
                if (measured) {
                    neverSeen.increment();
                }
                watching.decrementAndGet();
            } else {
                if (reply.status() != 404 && measured) {
                    pollFailures.increment();
                }
                long every = now - acknowledgedAt > SLOW_POLL_AFTER_NANOS ? SLOW_POLL_EVERY_MILLIS : POLL_EVERY_MILLIS;
                timer.schedule(() -> poll(saleId, acknowledgedAt, reader, measured), every,
                        TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Bills this probe has seen on the read side. */
    VisibleBills visible() {
        return visible;
    }

    /** Bills still being polled. */
    public int watching() {
        return watching.get();
    }

    public Histogram lagMicros() {
        return lagMicros;
    }

    public long polls() {
        return polls.sum();
    }

    public long neverSeen() {
        return neverSeen.sum();
    }

    /** Polls answered with something other than 200 or 404. */
    public long pollFailures() {
        return pollFailures.sum();
    }
}
