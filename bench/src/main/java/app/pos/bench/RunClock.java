package app.pos.bench;

import java.time.Duration;

/** Warm-up, then the recorded window; everything in nanoseconds of {@link System#nanoTime()}. */
public record RunClock(long warmupStart, long measureStart, long measureEnd) {

    public static RunClock startingNow(Duration warmup, Duration duration) {
        long now = System.nanoTime();
        return new RunClock(now, now + warmup.toNanos(), now + warmup.toNanos() + duration.toNanos());
    }

    public boolean measured(long nanos) {
        return nanos >= measureStart && nanos < measureEnd;
    }

    public boolean over(long nanos) {
        return nanos >= measureEnd;
    }

    public double measuredSeconds() {
        return (measureEnd - measureStart) / 1e9;
    }
}
