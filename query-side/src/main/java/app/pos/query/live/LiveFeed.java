package app.pos.query.live;

import app.pos.kernel.dashboard.LiveEvent;
import app.pos.kernel.dashboard.LiveStream;
import app.pos.query.dashboard.DashboardUpdates;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static app.pos.query.shared.Params.params;

/**
 * Records a push of a live stream, then sends it to the business's open streams. A push whose
 * {@code dedupeKey} was recorded before (a redelivered event, or an expiry another node noticed first) is
 * neither recorded nor sent again. The pushes of a processor's batch are recorded together as the batch
 * ends, in one transaction of their own: one at a time, each waiting for its own commit, they held the live
 * streams seconds behind a busy shop.
 */
@Component
public class LiveFeed {

    private static final String RECORD = """
            INSERT INTO live_event (business_id, stream, event_type, dedupe_key, payload, occurred_at, recorded_at)
            VALUES (:businessId, :stream, :type, :dedupeKey, :payload, :occurredAt, :recordedAt)
            ON CONFLICT DO NOTHING""";
    private static final String[] KEY = {"id"};
    private static final String PUSHES = LiveFeed.class.getName() + ".pushes";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final DashboardUpdates dashboards;
    private final JsonMapper json;
    private final Clock clock;

    public LiveFeed(DataSource dataSource, DashboardUpdates dashboards, JsonMapper json, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.dashboards = dashboards;
        this.json = json;
        this.clock = clock;
    }

    /** Records and sends a push: at once, or with the rest of the batch this thread is handling. */
    public void push(UUID businessId, LiveStream stream, String type, String dedupeKey, Object payload,
                     Instant occurredAt) {
        Push push = described(businessId, stream, type, dedupeKey, payload, occurredAt);
        if (!CurrentUnitOfWork.isStarted()) {
            send(List.of(push));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<List<Push>>getOrComputeResource(PUSHES, key -> {
            List<Push> pushes = new ArrayList<>();
            batch.onPrepareCommit(ending -> send(pushes));
            return pushes;
        }).add(push);
    }

    /** Records and sends a push at once; whether it was new, and so was sent. */
    public boolean pushNow(UUID businessId, LiveStream stream, String type, String dedupeKey, Object payload,
                           Instant occurredAt) {
        return send(List.of(described(businessId, stream, type, dedupeKey, payload, occurredAt))) > 0;
    }

    private Push described(UUID businessId, LiveStream stream, String type, String dedupeKey, Object payload,
                           Instant occurredAt) {
        return new Push(businessId, stream, type, dedupeKey, json.writeValueAsString(payload), occurredAt);
    }

    private int send(List<Push> pushes) {
        // a batch may push the same alert twice (a product restocked twice); the first one counts
        List<Push> firsts = List.copyOf(pushes.stream()
                .collect(Collectors.toMap(Push::dedupeKey, push -> push, (first, again) -> first, LinkedHashMap::new))
                .values());
        Map<Push, Long> recorded = record(firsts);
        recorded.forEach((push, id) -> dashboards.signal(new LiveEvent(id, push.businessId(), push.stream(),
                push.type(), push.body(), push.occurredAt())));
        return recorded.size();
    }

    /**
     * One writer at a time on this node, each committing before the next begins, so ids become visible in the
     * order they were taken: a client resuming after id n can then never miss a push numbered below n that
     * committed later.
     *
     * @return the id of each push that was new, in the order they were recorded
     */
    private synchronized Map<Push, Long> record(List<Push> pushes) {
        Instant now = clock.instant();
        return ownTransaction.execute(status -> {
            Map<Push, Long> recorded = new LinkedHashMap<>();
            for (Push push : pushes) {
                KeyHolder id = new GeneratedKeyHolder();
                if (jdbc.update(RECORD, params().uuid("businessId", push.businessId()).name("stream", push.stream())
                        .text("type", push.type()).text("dedupeKey", push.dedupeKey()).text("payload", push.body())
                        .instant("occurredAt", push.occurredAt()).instant("recordedAt", now).forJdbc(), id, KEY) > 0) {
                    recorded.put(push, id.getKeyAs(Number.class).longValue());
                }
            }
            return recorded;
        });
    }

    /** Pushes older than {@code before} are no longer resumable; a client that was away that long reloads. */
    public long forgetBefore(Instant before) {
        return jdbc.update("DELETE FROM live_event WHERE recorded_at < :before",
                params().instant("before", before).forJdbc());
    }

    private record Push(UUID businessId, LiveStream stream, String type, String dedupeKey, String body,
                        Instant occurredAt) {
    }
}
