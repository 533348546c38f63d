package app.pos.bench;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything a run found, as JSON for keeping and as a table for reading. */
public record Report(
        Instant startedAt,
        String command,
        Map<String, Object> options,
        Machine machine,
        Target target,
        Throughput throughput,
        Map<String, Kind> requests,
        Failures failures,
        OpenModel openModel,
        ProjectionLag projectionLag,
        StreamLag sseLag,
        Cpu cpu,
        ReportedResources resources,
        Crash crash,
        List<Rebuild> rebuilds) {

    public record Target(String url, boolean startedByBench, String database, Long pid, String serverHeap,
                         String serverLog, long serverLogErrors, List<String> serverLogErrorExamples,
                         long responses, long connectionsOpened) {
    }

    public record Throughput(double measuredSeconds, long sales, long requests, double salesPerSecond,
                             double requestsPerSecond) {
    }

    /** Latency of the successful requests of one kind, in milliseconds. */
    public record Kind(long requests, long failures, double perSecond, LatencySummary latencyMs) {
    }

    public record Failures(long total, long duringWarmup, Map<String, Long> byStatus, Map<String, Long> byCode,
                           List<String> examples) {
    }

    public record OpenModel(double targetRate, long lateStarts, double lateAfterMs) {
    }

    public record ProjectionLag(double sampleShare, long bills, long polls, long neverSeen, long pollFailures,
                                LatencySummary lagMs) {
    }

    public record StreamLag(int subscribers, long listening, long dropped, String firstProblem, long expected,
                            long delivered, long beforeAcknowledgement, LatencySummary lagMs) {
    }

    /**
     * CPU seconds spent in the recorded window by the server's process, the bench's and the whole machine's
     * (PostgreSQL included when it runs here), per sale in milliseconds and as cores kept busy on average;
     * null where not measured (the server's, when the bench does not know its process or it was restarted).
     */
    public record Cpu(Double serverSeconds, Double serverMsPerSale, Double serverCores, double benchSeconds,
                      Double benchCores, Double machineSeconds, Double machineMsPerSale, Double machineCores) {

        static final Cpu NOT_MEASURED = new Cpu(null, null, null, 0, null, null, null, null);
    }

    /**
     * The server killed (SIGKILL) while the tills were selling and started again on the same data: requests
     * that got no answer while it was down, and whether every sale it had acknowledged was there afterwards.
     */
    public record Crash(double killedAfterSeconds, double downSeconds, long failuresWhileDown, long acknowledgedSales,
                        long missingSales, List<String> missingExamples) {
    }

    /** Bytes; -1 when not measured. */
    public record ReportedResources(long heapMaxBytes, long heapLastBytes, long rssMaxBytes, long rssLastBytes,
                                    long rssPeakBytes) {
    }

    /**
     * A projection rebuilt or verified after the load run (--rebuild, --verify): events replayed, seconds from
     * start to finish, and for a verification the rows per table that differ from what the events make.
     */
    public record Rebuild(String projection, String mode, String phase, long events, double seconds,
                          double eventsPerSecond, Map<String, Long> differences, String error) {

        static Rebuild notStarted(String projection, String mode, String why) {
            return new Rebuild(projection, mode, "NOT_STARTED", 0, 0, 0, null, why);
        }

        boolean done() {
            return phase.equals("DONE");
        }

        long differing() {
            return differences == null ? 0 : differences.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public static final String ALL_SALES = "CreateSale (all)";

    static Map<String, Kind> kinds(Measurements measurements, double seconds) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Histogram allSales = Measurements.histogram();
        long saleRequests = 0;
        long saleFailures = 0;
        for (RequestKind kind : RequestKind.values()) {
            long requests = measurements.requests(kind);
            if (requests == 0) {
                continue;
            }
            Histogram latency = measurements.latency(kind);
            kinds.put(kind.label(), new Kind(requests, measurements.failures(kind), rate(requests, seconds),
                    LatencySummary.of(latency)));
            if (kind.sale()) {
                allSales.add(latency);
                saleRequests += requests;
                saleFailures += measurements.failures(kind);
            }
        }
        long saleKinds = kinds.keySet().stream().filter(label -> label.startsWith("CreateSale")).count();
        if (saleKinds > 1) {
            kinds.put(ALL_SALES, new Kind(saleRequests, saleFailures, rate(saleRequests, seconds),
                    LatencySummary.of(allSales)));
        }
        return kinds;
    }

    static double rate(long count, double seconds) {
        return seconds <= 0 ? 0 : Math.round(count * 10.0 / seconds) / 10.0;
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, PosHttp.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this) + "\n");
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        line(out, "POS bench: %s model, %s tills, %s mix, %s s recorded after %s s warm-up, %s",
                options.get("mode"), options.get("terminals"), options.get("mix"), options.get("duration-seconds"),
                options.get("warmup-seconds"), target.startedByBench ? target.database + " database" : "server at " + target.url);
        line(out, "Server: %s%s, pid %s; %,d responses over %,d connections", target.url,
                target.startedByBench ? " (started by the bench, " + target.serverHeap + ")" : "",
                target.pid == null ? "unknown" : target.pid,
                target.responses, target.connectionsOpened);
        line(out, "");
        line(out, "Throughput: %.1f sales/s, %.1f requests/s (%,d sales, %,d requests in %.1f s)",
                throughput.salesPerSecond, throughput.requestsPerSecond, throughput.sales, throughput.requests,
                throughput.measuredSeconds);
        line(out, "");
        line(out, "%-27s %9s %7s %8s %8s %8s %8s %9s %8s", "request (successful, ms)", "count", "failed", "per s",
                "p50", "p95", "p99", "p99.9", "max");
        requests.forEach((label, kind) -> line(out, "%-27s %,9d %7d %8.1f %8.2f %8.2f %8.2f %9.2f %8.2f", label,
                kind.requests, kind.failures, kind.perSecond, kind.latencyMs.p50(), kind.latencyMs.p95(),
                kind.latencyMs.p99(), kind.latencyMs.p999(), kind.latencyMs.max()));
        lagLine(out, "projection lag (read side)", projectionLag.lagMs);
        lagLine(out, "SSE delivery lag", sseLag.lagMs);
        line(out, "");
        line(out, "CPU in the recorded window: server %s (%s cores), machine %s (%s of %d cores), bench %s cores",
                cpu.serverMsPerSale == null ? "n/a" : String.format(Locale.ROOT, "%.2f ms per sale", cpu.serverMsPerSale),
                cpu.serverCores == null ? "n/a" : cpu.serverCores,
                cpu.machineMsPerSale == null ? "n/a" : String.format(Locale.ROOT, "%.2f ms per sale", cpu.machineMsPerSale),
                cpu.machineCores == null ? "n/a" : cpu.machineCores, machine.cores(),
                cpu.benchCores == null ? "n/a" : cpu.benchCores);
        if (crash != null) {
            line(out, "Crash: killed %.1f s in, down %.1f s, %,d requests unanswered meanwhile; %,d of %,d acknowledged "
                            + "sales missing afterwards%s", crash.killedAfterSeconds, crash.downSeconds,
                    crash.failuresWhileDown, crash.missingSales, crash.acknowledgedSales,
                    crash.missingExamples.isEmpty() ? "" : " e.g. " + crash.missingExamples);
        }
        line(out, "");
        if (failures.total == 0 && failures.duringWarmup == 0) {
            line(out, "Failures: none");
        } else {
            line(out, "Failures: %d recorded, %d during warm-up; by status %s; by code %s", failures.total,
                    failures.duringWarmup, failures.byStatus, failures.byCode);
            failures.examples.forEach(example -> line(out, "  e.g. %s", example));
        }
        if (openModel != null) {
            line(out, "Open model: %.0f requests/s asked for; %d requests started more than %.0f ms after they were due",
                    openModel.targetRate, openModel.lateStarts, openModel.lateAfterMs);
        }
        line(out, "Query-side lag: %,d of %.0f%% of bills polled every 5 ms, 100 ms past 250 ms (%,d polls); %d never seen, %d polls failed",
                projectionLag.bills, projectionLag.sampleShare * 100, projectionLag.polls, projectionLag.neverSeen,
                projectionLag.pollFailures);
        line(out, "SSE: %d of %d subscribers listening, %d dropped; %,d of %,d pushes delivered (%,d before the 201)%s",
                sseLag.listening, sseLag.subscribers, sseLag.dropped, sseLag.delivered, sseLag.expected,
                sseLag.beforeAcknowledgement, sseLag.firstProblem == null ? "" : "; " + sseLag.firstProblem);
        if (!rebuilds.isEmpty()) {
            line(out, "");
            line(out, "%-27s %9s %9s %12s  %s", "projection rebuilt/verified", "events", "seconds", "events/s",
                    "outcome");
            rebuilds.forEach(rebuild -> line(out, "%-27s %,9d %9.1f %,12.0f  %s", rebuild.projection + " ("
                            + rebuild.mode.toLowerCase(Locale.ROOT) + ")", rebuild.events, rebuild.seconds,
                    rebuild.eventsPerSecond, outcome(rebuild)));
            line(out, "");
        }
        line(out, "Server heap: max %s, last %s; RSS: max %s, last %s, peak %s", mb(resources.heapMaxBytes),
                mb(resources.heapLastBytes), mb(resources.rssMaxBytes), mb(resources.rssLastBytes),
                mb(resources.rssPeakBytes));
        if (target.serverLog != null) {
            line(out, "Server log: %d ERROR lines (%s)", target.serverLogErrors, target.serverLog);
            target.serverLogErrorExamples.forEach(error -> line(out, "  %s",
                    error.length() > 240 ? error.substring(0, 240) + "…" : error));
        }
        line(out, "Machine: %d cores (%s), %s, %s RAM, Java %s, load average %.2f at start", machine.cores(),
                machine.cpu(), machine.os(), mb(machine.totalRamBytes()), machine.java(), machine.loadAverageAtStart());
        return out.toString();
    }

    private static String outcome(Rebuild rebuild) {
        if (rebuild.error != null) {
            return rebuild.phase + ": " + rebuild.error;
        }
        return rebuild.differences == null ? rebuild.phase
                : rebuild.phase + ", " + rebuild.differing() + " rows differ " + rebuild.differences;
    }

    private static void lagLine(StringBuilder out, String label, LatencySummary lag) {
        line(out, "%-27s %,9d %7s %8s %8.2f %8.2f %8.2f %9.2f %8.2f", label, lag.count(), "", "", lag.p50(), lag.p95(), lag.p99(), lag.p999(), lag.max());
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
