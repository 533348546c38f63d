package app.pos.query.analytics;

import app.pos.query.shared.Params;
import app.pos.query.shared.Reads;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.money;
import static app.pos.query.shared.Rows.number;

/**
 * The bills every sales report counts: completed ones, by the moment they completed. Pending, draft and
 * voided bills moved no money.
 */
@Component
class CompletedSales {

    /** For sale_view aliased {@code s}, with {@link #window} parameters. */
    static final String IN_WINDOW = "s.business_id = :businessId AND s.status = 'COMPLETED' "
            + "AND s.completed_at >= :start AND s.completed_at < :end";

    private final Reads reads;

    CompletedSales(Reads reads) {
        this.reads = reads;
    }

    static Params window(UUID businessId, Instant start, Instant end) {
        return params().uuid("businessId", businessId).instant("start", start).instant("end", end);
    }

    Mono<Takings> takings(UUID businessId, Instant start, Instant end) {
        return reads.one("SELECT COALESCE(SUM(s.total_amount), 0) AS revenue, COUNT(*) AS bills FROM sale_view s WHERE "
                        + IN_WINDOW, window(businessId, start, end),
                row -> new Takings(money(row, "revenue"), number(row, "bills")));
    }
}
