package app.pos.query.live;

import app.pos.kernel.dashboard.LiveEvent;
import app.pos.kernel.dashboard.LiveStream;
import app.pos.query.dashboard.DashboardUpdates;
import app.pos.query.shared.Projections;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import static app.pos.query.shared.Params.params;

/**
 * Records a push of a live stream, then sends it to the business's open streams. A push whose
 * {@code dedupeKey} was recorded before (a redelivered event, or an expiry another node noticed first) is
 * neither recorded nor sent again.
 */
@Component
public class LiveFeed {

    private static final String RECORD = """
            INSERT INTO live_event (business_id, stream, event_type, dedupe_key, payload, occurred_at, recorded_at)
            VALUES (:businessId, :stream, :type, :dedupeKey, :payload, :occurredAt, :recordedAt)
            ON CONFLICT DO NOTHING""";

    private final Projections projections;
    private final DashboardUpdates dashboards;
    private final JsonMapper json;
    private final Clock clock;

    public LiveFeed(Projections projections, DashboardUpdates dashboards, JsonMapper json, Clock clock) {
        this.projections = projections;
        this.dashboards = dashboards;
        this.json = json;
        this.clock = clock;
    }

    /** @return whether the push was new, and so was sent */
    public boolean push(UUID businessId, LiveStream stream, String type, String dedupeKey, Object payload,
                        Instant occurredAt) {
        String body = json.writeValueAsString(payload);
        Long id = record(businessId, stream, type, dedupeKey, body, occurredAt);
        if (id == null) {
            return false;
        }
        dashboards.signal(new LiveEvent(id, businessId, stream, type, body, occurredAt));
        return true;
    }

    /**
     * One writer at a time on this node, so ids become visible in the order they were taken: a client
     * resuming after id n can then never miss a push numbered below n that committed later.
     */
    private synchronized Long record(UUID businessId, LiveStream stream, String type, String dedupeKey, String body,
                                     Instant occurredAt) {
        return projections.insertReturningKey(RECORD, params().uuid("businessId", businessId).name("stream", stream)
                .text("type", type).text("dedupeKey", dedupeKey).text("payload", body)
                .instant("occurredAt", occurredAt).instant("recordedAt", clock.instant()), "id");
    }

    /** Pushes older than {@code before} are no longer resumable; a client that was away that long reloads. */
    public long forgetBefore(Instant before) {
        return projections.rowsChanged("DELETE FROM live_event WHERE recorded_at < :before",
                params().instant("before", before));
    }
}
