package app.pos.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs every till through warm-up and the recorded window, then waits for what is still under way. */
public final class Workload {

    private static final Duration STRAGGLERS = Duration.ofSeconds(30);

    private final PosHttp http;
    private final Store store;
    private final BenchOptions options;
    private final Measurements measurements;
    private final PushLag pushLag;
    private final ProjectionLagProbe projectionLag;
    private final SurvivingSales sales;

    public Workload(PosHttp http, Store store, BenchOptions options, Measurements measurements, PushLag pushLag,
                    ProjectionLagProbe projectionLag, SurvivingSales sales) {
        this.http = http;
        this.store = store;
        this.options = options;
        this.measurements = measurements;
        this.pushLag = pushLag;
        this.projectionLag = projectionLag;
        this.sales = sales;
    }

    public void run(RunClock clock) throws InterruptedException {
        Approvals approvals = new Approvals(http, store.owner(), clock, measurements, pushLag);
        Terminal.Shared shared = new Terminal.Shared(http, clock, WorkMix.of(options), new Carts(store),
                new CreditBook(store.customers()), approvals, measurements, pushLag, projectionLag, options.lagSample(),
                sales);
        List<Terminal> terminals = new ArrayList<>();
        store.tills().forEach(cashier -> terminals.add(new Terminal(cashier, shared)));
        CountDownLatch finished = new CountDownLatch(terminals.size());
        if (options.mode() == BenchOptions.Mode.CLOSED) {
            terminals.forEach(terminal -> terminal.runClosed(finished::countDown));
        } else {
            // each till sends every N/R seconds; their first requests are spread over one interval
            long interval = Math.round(terminals.size() * 1e9 / options.rate());
            for (int i = 0; i < terminals.size(); i++) {
                terminals.get(i).runOpen(clock.warmupStart() + i * interval / terminals.size(), interval,
                        finished::countDown);
            }
        }
        long untilEnd = clock.measureEnd() - System.nanoTime();
        finished.await(untilEnd + STRAGGLERS.toNanos(), TimeUnit.NANOSECONDS);
        long deadline = System.nanoTime() + STRAGGLERS.toNanos();
        while ((approvals.pending() > 0 || projectionLag.watching() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
