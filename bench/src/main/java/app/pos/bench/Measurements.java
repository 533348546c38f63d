package app.pos.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the recorded window saw: latency of each kind of request that succeeded (microseconds), and every
 * failure by status, by problem {@code code} and by kind. Failures during warm-up are counted apart.
 */
public final class Measurements {

    /** An hour in microseconds: nothing a till waits for is longer. */
    static final long HIGHEST_MICROS = 3_600_000_000L;

    private final Map<RequestKind, Histogram> latency = new EnumMap<>(RequestKind.class);
    private final Map<RequestKind, LongAdder> requests = new EnumMap<>(RequestKind.class);
    private final Map<RequestKind, LongAdder> failures = new EnumMap<>(RequestKind.class);
    private final Map<String, LongAdder> failuresByStatus = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failuresByCode = new ConcurrentHashMap<>();
    private final List<String> failureExamples = Collections.synchronizedList(new ArrayList<>());
    private final LongAdder warmupFailures = new LongAdder();
    private final LongAdder lateStarts = new LongAdder();
    private final ServerCrash crash;

    public Measurements() {
        this(null);
    }

    /** With {@code crash}, requests left unanswered while the server was down are its, not failures. */
    public Measurements(ServerCrash crash) {
        this.crash = crash;
        for (RequestKind kind : RequestKind.values()) {
            latency.put(kind, histogram());
            requests.put(kind, new LongAdder());
            failures.put(kind, new LongAdder());
        }
    }

    static Histogram histogram() {
        return new ConcurrentHistogram(HIGHEST_MICROS, 3);
    }

    /** A request that started (or was meant to start) at {@code startNanos} and was answered at {@code endNanos}. */
    public void record(RequestKind kind, boolean measured, long startNanos, long endNanos, Reply reply) {
        if (crash != null && crash.unansweredWhileDown(startNanos, endNanos, reply)) {
            return;
        }
        if (!measured) {
            if (!reply.ok()) {
                warmupFailures.increment();
                example(kind, reply);
            }
            return;
        }
        requests.get(kind).increment();
        if (reply.ok()) {
            latency.get(kind).recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (endNanos - startNanos) / 1_000)));
            return;
        }
        failures.get(kind).increment();
        String status = reply.status() == 0 ? "no answer" : String.valueOf(reply.status());
        failuresByStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        failuresByCode.computeIfAbsent(status + " " + reply.problemCode(), s -> new LongAdder()).increment();
        example(kind, reply);
    }

    public void lateStart() {
        lateStarts.increment();
    }

    private void example(RequestKind kind, Reply reply) {
        if (failureExamples.size() < 10) {
            failureExamples.add(kind.label() + ": " + reply);
        }
    }

    public Histogram latency(RequestKind kind) {
        return latency.get(kind);
    }

    public long requests(RequestKind kind) {
        return requests.get(kind).sum();
    }

    public long failures(RequestKind kind) {
        return failures.get(kind).sum();
    }

    public long failures() {
        return failures.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long warmupFailures() {
        return warmupFailures.sum();
    }

    public long lateStarts() {
        return lateStarts.sum();
    }

    public Map<String, Long> failuresByStatus() {
        return sums(failuresByStatus);
    }

    public Map<String, Long> failuresByCode() {
        return sums(failuresByCode);
    }

    public List<String> failureExamples() {
        synchronized (failureExamples) {
            return List.copyOf(failureExamples);
        }
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counters) {
        Map<String, Long> sums = new TreeMap<>();
        counters.forEach((key, counter) -> sums.put(key, counter.sum()));
        return sums;
    }
}
