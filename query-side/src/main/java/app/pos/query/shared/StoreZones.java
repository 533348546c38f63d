package app.pos.query.shared;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.ZoneId;
import java.util.UUID;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.text;

/** The time zone each store keeps its days in: "today" on a dashboard is the store's today. */
@Component
public class StoreZones {

    private static final ZoneId WHEN_UNKNOWN = ZoneId.of("UTC");

    private final Reads reads;

    public StoreZones(Reads reads) {
        this.reads = reads;
    }

    public Mono<ZoneId> of(UUID businessId) {
        return reads.one("SELECT time_zone FROM store_settings_view WHERE business_id = :businessId",
                        params().uuid("businessId", businessId), row -> ZoneId.of(text(row, "time_zone")))
                .defaultIfEmpty(WHEN_UNKNOWN);
    }
}
