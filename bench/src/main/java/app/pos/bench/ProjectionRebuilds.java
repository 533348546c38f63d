package app.pos.bench;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * After the load run, each named projection rebuilt from the event store as the platform admin, one
 * after another, each followed to its end: how many events it replayed and how fast, from the server's
 * own start and finish times (creating the shadow tables and switching them in included).
 */
final class ProjectionRebuilds {

    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(1);

    private final PosHttp http;
    private final Session admin;

    ProjectionRebuilds(PosHttp http, Session admin) {
        this.http = http;
        this.admin = admin;
    }

    List<Report.Rebuild> run(List<String> projections) throws InterruptedException {
        List<Report.Rebuild> rebuilds = new ArrayList<>();
        for (String projection : projections) {
            Bench.say("Rebuilding projection %s", projection);
            Report.Rebuild rebuild = rebuild(projection);
            Bench.say("Projection %s: %s, %,d events in %.1f s (%,.0f events/s)%s", projection, rebuild.phase(),
                    rebuild.events(), rebuild.seconds(), rebuild.eventsPerSecond(),
                    rebuild.error() == null ? "" : "; " + rebuild.error());
            rebuilds.add(rebuild);
        }
        return rebuilds;
    }

    private Report.Rebuild rebuild(String projection) throws InterruptedException {
        String path = "/api/v1/projections/" + projection + "/rebuild";
        Reply started = http.post(path, Map.of(), admin, null).block();
        if (started == null || started.status() != 202) {
            return Report.Rebuild.notStarted(projection, "could not start: " + started);
        }
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(POLL_EVERY.toMillis());
            Reply progress = http.get(path, admin).block();
            if (progress != null && progress.ok() && finished(progress.json())) {
                return outcome(projection, progress.json());
            }
        }
        return Report.Rebuild.notStarted(projection, "not finished after " + GIVE_UP_AFTER.toMinutes() + " minutes");
    }

    static boolean finished(JsonNode progress) {
        String phase = progress.path("phase").asString("");
        return phase.equals("DONE") || phase.equals("FAILED");
    }

    /** A finished rebuild as {@code GET /api/v1/projections/{name}/rebuild} reports it. */
    static Report.Rebuild outcome(String projection, JsonNode progress) {
        long events = progress.path("processed").asLong();
        double seconds = Duration.between(Instant.parse(progress.path("startedAt").asString()),
                Instant.parse(progress.path("finishedAt").asString())).toMillis() / 1e3;
        JsonNode error = progress.path("error");
        return new Report.Rebuild(projection, progress.path("phase").asString(), events, seconds,
                Report.rate(events, seconds), error.isNull() || error.isMissingNode() ? null : error.asString());
    }
}
