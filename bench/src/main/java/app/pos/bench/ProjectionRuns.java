package app.pos.bench;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * After the load run, each named projection rebuilt or verified from the event store as the platform admin,
 * one after another, each followed to its end: how many events it replayed and how fast, from the server's
 * own start and finish times (creating the shadow tables and switching them in, or comparing them, included),
 * and for a verification the rows that differ from what the events make.
 */
final class ProjectionRuns {

    static final String REBUILD = "rebuild";
    static final String VERIFY = "verify";
    /** In {@code --verify} and {@code --rebuild}: every projection the server has. */
    static final String ALL = "all";

    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(1);

    private final PosHttp http;
    private final Session admin;

    ProjectionRuns(PosHttp http, Session admin) {
        this.http = http;
        this.admin = admin;
    }

    List<Report.Rebuild> run(List<String> projections, String mode) throws InterruptedException {
        List<Report.Rebuild> runs = new ArrayList<>();
        for (String projection : projections.contains(ALL) ? all() : projections) {
            Bench.say("%s projection %s", mode.equals(VERIFY) ? "Verifying" : "Rebuilding", projection);
            Report.Rebuild run = run(projection, mode);
            Bench.say("Projection %s: %s, %,d events in %.1f s (%,.0f events/s)%s%s", projection, run.phase(),
                    run.events(), run.seconds(), run.eventsPerSecond(),
                    run.differences() == null ? "" : "; rows that differ: " + run.differences(),
                    run.error() == null ? "" : "; " + run.error());
            runs.add(run);
        }
        return runs;
    }

    private List<String> all() {
        Reply listed = http.get("/api/v1/projections", admin).block();
        if (listed == null || !listed.ok()) {
            throw new IllegalStateException("could not list the projections: " + listed);
        }
        return listed.json().valueStream().map(projection -> projection.path("name").asString()).toList();
    }

    private Report.Rebuild run(String projection, String mode) throws InterruptedException {
        String path = "/api/v1/projections/" + projection + "/" + mode;
        Reply started = http.post(path, Map.of(), admin, null).block();
        if (started == null || started.status() != 202) {
            return Report.Rebuild.notStarted(projection, mode, "could not start: " + started);
        }
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(POLL_EVERY.toMillis());
            Reply progress = http.get(path, admin).block();
            if (progress != null && progress.ok() && finished(progress.json())) {
                return outcome(projection, progress.json());
            }
        }
        return Report.Rebuild.notStarted(projection, mode,
                "not finished after " + GIVE_UP_AFTER.toMinutes() + " minutes");
    }

    static boolean finished(JsonNode progress) {
        String phase = progress.path("phase").asString("");
        return phase.equals("DONE") || phase.equals("FAILED");
    }

    /** A finished run as {@code GET /api/v1/projections/{name}/rebuild} (or {@code /verify}) reports it. */
    static Report.Rebuild outcome(String projection, JsonNode progress) {
        long events = progress.path("processed").asLong();
        double seconds = Duration.between(Instant.parse(progress.path("startedAt").asString()),
                Instant.parse(progress.path("finishedAt").asString())).toMillis() / 1e3;
        JsonNode error = progress.path("error");
        Map<String, Long> differences = null;
        if (progress.path("differences").isObject()) {
            Map<String, Long> found = new LinkedHashMap<>();
            progress.path("differences").properties().forEach(table -> found.put(table.getKey(), table.getValue().asLong()));
            differences = found;
        }
        return new Report.Rebuild(projection, progress.path("mode").asString("REBUILD").toLowerCase(Locale.ROOT),
                progress.path("phase").asString(), events, seconds, Report.rate(events, seconds), differences,
                error.isNull() || error.isMissingNode() ? null : error.asString());
    }
}
