package app.pos.bench;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The owner approves each cashier bill that waits for approval, a moment after it arrives. */
final class Approvals {

    private static final long OWNER_TAKES_MILLIS = 100;

    private final PosHttp http;
    private final Session owner;
    private final RunClock clock;
    private final Measurements measurements;
    private final PushLag pushLag;
    private final Scheduler timer = Schedulers.parallel();
    private final AtomicInteger pending = new AtomicInteger();

    Approvals(PosHttp http, Session owner, RunClock clock, Measurements measurements, PushLag pushLag) {
        this.http = http;
        this.owner = owner;
        this.clock = clock;
        this.measurements = measurements;
        this.pushLag = pushLag;
    }

    void approveSoon(UUID saleId) {
        pending.incrementAndGet();
        timer.schedule(() -> approve(saleId), OWNER_TAKES_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void approve(UUID saleId) {
        long start = System.nanoTime();
        boolean measured = clock.measured(start);
        http.post("/api/v1/sales/" + saleId + "/approve", Map.of("notes", "approved at the counter"), owner, null)
                .subscribe(reply -> {
                    long end = System.nanoTime();
                    measurements.record(RequestKind.APPROVE_BILL, measured, start, end, reply);
                    if (reply.ok()) {
                        pushLag.acknowledged(saleId.toString(), end, measured);
                    }
                    pending.decrementAndGet();
                });
    }

    /** Approvals asked for and not yet answered. */
    int pending() {
        return pending.get();
    }
}
