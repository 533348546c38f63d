package app.pos.query.live;

import app.pos.kernel.dashboard.FetchLiveEvents;
import app.pos.kernel.dashboard.LiveEvent;
import app.pos.kernel.dashboard.LiveStream;
import app.pos.query.shared.Reads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.*;

/** What a reconnecting stream missed. */
@Component
public class LiveFeedQueries {

    private final Reads reads;

    public LiveFeedQueries(Reads reads) {
        this.reads = reads;
    }

    @QueryHandler
    public CompletableFuture<List<LiveEvent>> handle(FetchLiveEvents query) {
        return reads.all("""
                                SELECT id, business_id, stream, event_type, payload, occurred_at FROM live_event
                                WHERE business_id = :businessId AND stream = :stream AND id > :afterId
                                ORDER BY id LIMIT :limit""",
                        params().uuid("businessId", query.businessId()).name("stream", query.stream())
                                .number("afterId", query.afterId()).integer("limit", query.limit()),
                        row -> new LiveEvent(number(row, "id"), uuid(row, "business_id"),
                                enumOf(row, "stream", LiveStream.class), text(row, "event_type"),
                                text(row, "payload"), instant(row, "occurred_at")))
                .collectList()
                .toFuture();
    }
}
