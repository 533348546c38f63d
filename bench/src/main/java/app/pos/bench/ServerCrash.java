package app.pos.bench;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kills the server with SIGKILL while the tills are selling ({@code --kill-server-at}) and starts it again on
 * the same data. Requests that get no answer from the moment it is killed until it is ready again are the
 * outage's, not failures; afterwards every sale it acknowledged must still be there.
 */
final class ServerCrash {

    private final AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong readyAt = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong failuresWhileDown = new AtomicLong();
    private volatile long runStart;
    private volatile Throwable failure;

    /** Kills the server {@code after} the start of the run, on a thread of its own: restarting takes a while. */
    void schedule(LocalServer server, PosHttp http, java.time.Duration after, long runStart) {
        this.runStart = runStart;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "server-crash");
            thread.setDaemon(true);
            return thread;
        });
        timer.schedule(() -> {
            try {
                Bench.say("Killing the server (SIGKILL) while the tills sell");
                killedAt.set(System.nanoTime());
                server.killAndRestart();
                server.awaitReady(http);
                readyAt.set(System.nanoTime());
                Bench.say("Server ready again after %.1f s", (readyAt.get() - killedAt.get()) / 1e9);
            } catch (Exception | Error e) {
                failure = e;
                Bench.say("Restarting the server failed: %s", e);
            } finally {
                timer.shutdown();
            }
        }, runStart + after.toNanos() - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    /** Whether a request that got no answer was under way while the server was down; counted if so. */
    boolean unansweredWhileDown(long startNanos, long endNanos, Reply reply) {
        if (reply.status() != 0 || endNanos < killedAt.get() || startNanos > readyAt.get()) {
            return false;
        }
        failuresWhileDown.incrementAndGet();
        return true;
    }

    Report.Crash result(SurvivingSales.Outcome sales) {
        if (failure != null) {
            throw new IllegalStateException("the server did not come back after it was killed", failure);
        }
        return new Report.Crash((killedAt.get() - runStart) / 1e9, (readyAt.get() - killedAt.get()) / 1e9,
                failuresWhileDown.get(), sales.acknowledged(), sales.missing().size(),
                sales.missing().stream().limit(5).map(UUID::toString).toList());
    }
}
