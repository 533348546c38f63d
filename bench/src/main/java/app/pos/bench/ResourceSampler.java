package app.pos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every {@value #EVERY_SECONDS} s: the server's used heap from {@code /actuator/prometheus}, and its resident
 * memory from {@code /proc/<pid>/status} when the bench knows its process. Keeps the largest and the last of
 * each. Not more often: a scrape costs the server a few tens of milliseconds of CPU, which a bench that
 * scraped every second would count against the tills.
 */
public final class ResourceSampler implements AutoCloseable {

    private static final long EVERY_SECONDS = 5;

    private final PosHttp http;
    private final Long pid;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "resource-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong heapMax = new AtomicLong(-1);
    private final AtomicLong heapLast = new AtomicLong(-1);
    private final AtomicLong rssMax = new AtomicLong(-1);
    private final AtomicLong rssLast = new AtomicLong(-1);
    private volatile long rssPeakByKernel = -1;

    public ResourceSampler(PosHttp http, Long pid) {
        this.http = http;
        this.pid = pid;
    }

    public void start() {
        timer.scheduleAtFixedRate(this::sample, 0, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void sample() {
        http.get("/actuator/prometheus", null).subscribe(reply -> {
            if (reply.status() == 200) {
                long heap = usedHeap(reply.body());
                if (heap >= 0) {
                    heapLast.set(heap);
                    heapMax.accumulateAndGet(heap, Math::max);
                }
            }
        });
        if (pid != null) {
            try {
                String status = Files.readString(Path.of("/proc", pid.toString(), "status"));
                long rss = statusKilobytes(status, "VmRSS");
                if (rss >= 0) {
                    rssLast.set(rss * 1024);
                    rssMax.accumulateAndGet(rss * 1024, Math::max);
                }
                long peak = statusKilobytes(status, "VmHWM");
                if (peak >= 0) {
                    rssPeakByKernel = peak * 1024;
                }
            } catch (IOException | RuntimeException gone) {
                // the process has ended or is not on this machine
            }
        }
    }

    /** Sum of {@code jvm_memory_used_bytes} over the heap's pools; -1 if the metric is absent. */
    static long usedHeap(String prometheus) {
        double sum = 0;
        boolean found = false;
        for (String line : prometheus.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).strip());
                found = true;
            }
        }
        return found ? (long) sum : -1;
    }

    /** A {@code Key:   1234 kB} line of /proc/<pid>/status, in kilobytes; -1 if absent. */
    static long statusKilobytes(String status, String key) {
        for (String line : status.split("\n")) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").strip());
            }
        }
        return -1;
    }

    public Sample result() {
        return new Sample(heapMax.get(), heapLast.get(), rssMax.get(), rssLast.get(), rssPeakByKernel);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** Bytes; -1 when not measured. {@code rssPeak} is the kernel's high-water mark (VmHWM). */
    public record Sample(long heapMax, long heapLast, long rssMax, long rssLast, long rssPeak) {
    }
}
