package app.pos.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The load generator. Starts a server (or targets one), opens a business with products, customers,
 * cashiers and tills, runs virtual tills against it over HTTP, and reports what it saw.
 * Exit codes: 0 done, 1 requests failed under --assert-no-errors, 2 could not set up or run.
 */
public final class Bench {

    private static final Duration LISTENING_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PUSH_GRACE = Duration.ofSeconds(10);

    private Bench() {
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + BenchOptions.HELP);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(BenchOptions.HELP);
            return;
        }
        int exit;
        try {
            exit = run(options, args);
        } catch (StoreSeeder.SeedingFailed e) {
            System.err.println("Seeding failed: " + e.getMessage());
            exit = 2;
        } catch (Exception e) {
            System.err.println("The bench could not run: " + e);
            exit = 2;
        }
        System.exit(exit);
    }

    private static int run(BenchOptions options, String[] args) throws Exception {
        Instant startedAt = Instant.now();
        Machine machine = Machine.here();
        Path serverLog = options.out().resolveSibling(options.out().getFileName().toString()
                .replaceFirst("\\.json$", "") + "-server.log");
        LocalServer server = null;
        SaleStreamWatchers watchers = null;
        ResourceSampler sampler = null;
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        try {
            PosHttp http;
            Long pid;
            if (options.startsServer()) {
                say("Starting %s (%s, %s database); log in %s", options.jar(), options.serverHeap(),
                        options.database().name().toLowerCase(Locale.ROOT), serverLog);
                server = LocalServer.start(options, serverLog);
                http = new PosHttp(server.url());
                server.awaitReady(http);
                pid = server.pid();
                say("Server ready at %s (pid %d)", server.url(), pid);
            } else {
                http = new PosHttp(options.url());
                pid = options.serverPid();
            }
            sampler = new ResourceSampler(http, pid);
            sampler.start();

            StoreSeeder seeder = new StoreSeeder(http, options);
            Store store = seeder.seed();
            say("Seeded business %s: %d products, %d customers, %d tills with a cashier each", store.businessId(),
                    store.products().size(), store.customers().size(), store.tills().size());
            List<Session> sessions = new ArrayList<>(store.tills());
            sessions.add(store.owner());
            housekeeping.scheduleAtFixedRate(() -> sessions.forEach(session -> seeder.renew(session).subscribe()),
                    10, 10, TimeUnit.MINUTES);

            PushLag pushLag = new PushLag(options.sseSubscribers());
            watchers = SaleStreamWatchers.open(http, store.owner(), options.sseSubscribers(), pushLag);
            if (!watchers.awaitListening(LISTENING_TIMEOUT)) {
                say("Only %d of %d sales-stream subscribers were listening after %d s; going on",
                        watchers.listening(), options.sseSubscribers(), LISTENING_TIMEOUT.toSeconds());
            } else if (options.sseSubscribers() > 0) {
                say("%d sales-stream subscribers listening", options.sseSubscribers());
            }

            ServerCrash crash = options.killServerAt() == null ? null : new ServerCrash();
            Measurements measurements = new Measurements(crash);
            ProjectionLagProbe projectionLag = new ProjectionLagProbe(http);
            SurvivingSales sales = new SurvivingSales();
            say("Warming up for %.1f s, then recording for %.1f s (%s model, %d tills)", options.warmup().toMillis() / 1e3,
                    options.duration().toMillis() / 1e3, options.mode().name().toLowerCase(Locale.ROOT), options.terminals());
            long answeredBefore = http.answered();
            housekeeping.scheduleAtFixedRate(new Progress(http, answeredBefore), 5, 5, TimeUnit.SECONDS);
            RunClock clock = RunClock.startingNow(options.warmup(), options.duration());
            CpuUse cpu = CpuUse.over(clock, pid, housekeeping);
            if (crash != null) {
                crash.schedule(server, http, options.killServerAt(), clock.warmupStart());
            }
            new Workload(http, store, options, measurements, pushLag, projectionLag, sales).run(clock);
            long graceEnd = System.nanoTime() + PUSH_GRACE.toNanos();
            while (pushLag.delivered() < pushLag.expected() && System.nanoTime() < graceEnd) {
                Thread.sleep(100);
            }
            sampler.close();
            watchers.close();
            Report.Crash crashed = crash == null ? null : crash.result(sales.check(http, store.owner()));
            ProjectionRuns runs = new ProjectionRuns(http, seeder.signIn(options.adminEmail(), options.adminPassword(), null));
            List<Report.Rebuild> rebuilds = new ArrayList<>(runs.run(options.rebuild(), ProjectionRuns.REBUILD));
            rebuilds.addAll(runs.run(options.verify(), ProjectionRuns.VERIFY));

            Report report = report(options, args, startedAt, machine, server, http, pid, clock, measurements,
                    projectionLag, pushLag, watchers, cpu, sampler.result(), crashed, rebuilds);
            report.write(options.out());
            System.out.println();
            System.out.print(report.table());
            System.out.println("Report: " + options.out());
            List<String> problems = problems(report);
            if (options.assertNoErrors() && !problems.isEmpty()) {
                System.err.println("Failed (--assert-no-errors): " + String.join("; ", problems));
                return 1;
            }
            return 0;
        } finally {
            housekeeping.shutdownNow();
            if (sampler != null) {
                sampler.close();
            }
            if (watchers != null) {
                watchers.close();
            }
            if (server != null) {
                say("Stopping the server (pid %d)", server.pid());
                server.close();
                say("Server stopped");
            }
        }
    }

    private static Report report(BenchOptions options, String[] args, Instant startedAt, Machine machine,
                                 LocalServer server, PosHttp http, Long pid, RunClock clock, Measurements measurements,
                                 ProjectionLagProbe projectionLag, PushLag pushLag, SaleStreamWatchers watchers,
                                 CpuUse cpu, ResourceSampler.Sample resources, Report.Crash crash,
                                 List<Report.Rebuild> rebuilds) {
        double seconds = clock.measuredSeconds();
        var kinds = Report.kinds(measurements, seconds);
        long sales = Arrays.stream(RequestKind.values()).filter(RequestKind::sale)
                .mapToLong(kind -> measurements.requests(kind) - measurements.failures(kind)).sum();
        long requests = Arrays.stream(RequestKind.values()).mapToLong(measurements::requests).sum();
        String command = "java -jar bench/target/pos-bench.jar " + Arrays.stream(args)
                .map(arg -> arg.matches("--(admin|db)-password=.*") ? arg.replaceFirst("=.*", "=***") : arg)
                .collect(Collectors.joining(" "));
        return new Report(startedAt, command.strip(), options.effective(), machine,
                new Report.Target(http.baseUrl(), server != null,
                        server != null ? options.database().name().toLowerCase(Locale.ROOT) : null, pid,
                        server != null ? options.serverHeap() : null,
                        server != null ? server.log().toString() : null,
                        server != null ? server.logErrorCount() : 0,
                        server != null ? server.logErrors(5) : List.of(),
                        http.answered(), http.connectionsOpened()),
                new Report.Throughput(seconds, sales, requests, Report.rate(sales, seconds), Report.rate(requests, seconds)),
                kinds,
                new Report.Failures(measurements.failures(), measurements.warmupFailures(),
                        measurements.failuresByStatus(), measurements.failuresByCode(), measurements.failureExamples()),
                options.mode() == BenchOptions.Mode.OPEN
                        ? new Report.OpenModel(options.rate(), measurements.lateStarts(), Terminal.LATE_AFTER_NANOS / 1e6)
                        : null,
                new Report.ProjectionLag(options.lagSample(), projectionLag.lagMicros().getTotalCount()
                        + projectionLag.neverSeen(), projectionLag.polls(), projectionLag.neverSeen(),
                        projectionLag.pollFailures(), LatencySummary.of(projectionLag.lagMicros())),
                new Report.StreamLag(options.sseSubscribers(), watchers.listening(), watchers.dropped(),
                        watchers.firstProblem(), pushLag.expected(), pushLag.delivered(), pushLag.beforeAcknowledgement(),
                        LatencySummary.of(pushLag.lagMicros())),
                cpu.result(seconds, sales),
                new Report.ReportedResources(resources.heapMax(), resources.heapLast(), resources.rssMax(),
                        resources.rssLast(), resources.rssPeak()),
                crash,
                rebuilds);
    }

    private static final long STARTED = System.nanoTime();

    /**
     * Anything that went wrong on the wire: failed requests, failed polls, bills the read side never showed,
     * streams that never listened or broke, and pushes that never arrived.
     */
    static List<String> problems(Report report) {
        List<String> problems = new ArrayList<>();
        if (report.failures().total() > 0) {
            problems.add(report.failures().total() + " requests failed");
        }
        if (report.failures().duringWarmup() > 0) {
            problems.add(report.failures().duringWarmup() + " requests failed during warm-up");
        }
        if (report.projectionLag().pollFailures() > 0) {
            problems.add(report.projectionLag().pollFailures() + " read-side polls failed");
        }
        if (report.projectionLag().neverSeen() > 0) {
            problems.add(report.projectionLag().neverSeen() + " bills never showed on the read side");
        }
        Report.StreamLag streams = report.sseLag();
        if (streams.listening() < streams.subscribers() || streams.dropped() > 0) {
            problems.add(streams.listening() + " of " + streams.subscribers() + " sales streams listened, "
                    + streams.dropped() + " dropped");
        }
        if (streams.delivered() < streams.expected()) {
            problems.add(streams.delivered() + " of " + streams.expected() + " sales pushes arrived");
        }
        report.rebuilds().stream().filter(rebuild -> !rebuild.done()).forEach(rebuild ->
                problems.add(rebuild.mode() + " of " + rebuild.projection() + " ended " + rebuild.phase()));
        report.rebuilds().stream().filter(rebuild -> rebuild.differing() > 0).forEach(rebuild ->
                problems.add(rebuild.differing() + " rows of " + rebuild.projection() + " differ from its events"));
        if (report.crash() != null && report.crash().missingSales() > 0) {
            problems.add(report.crash().missingSales() + " acknowledged sales missing after the crash");
        }
        return problems;
    }

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %5.1fs] " + format + "%n",
                prepend((System.nanoTime() - STARTED) / 1e9, args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** Every few seconds, so a long run shows it is alive. */
    private static final class Progress implements Runnable {
        private final PosHttp http;
        private long lastAnswered;
        private long lastAt = System.nanoTime();

        Progress(PosHttp http, long answered) {
            this.http = http;
            this.lastAnswered = answered;
        }

        @Override
        public void run() {
            long answered = http.answered();
            long now = System.nanoTime();
            say("%.0f responses/s", (answered - lastAnswered) / ((now - lastAt) / 1e9));
            lastAnswered = answered;
            lastAt = now;
        }
    }
}
