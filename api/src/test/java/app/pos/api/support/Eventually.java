package app.pos.api.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Projections follow the event store a moment later; reads after a command wait for them, briefly. */
public final class Eventually {

    private Eventually() {
    }

    public static void within(Duration limit, Runnable assertion) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError failure) {
                if (System.nanoTime() > deadline) {
                    throw failure;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    public static void eventually(Runnable assertion) {
        within(Duration.ofSeconds(10), assertion);
    }

    public static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> until) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T last = value.get();
        while (!until.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = value.get();
        }
        return last;
    }
}
