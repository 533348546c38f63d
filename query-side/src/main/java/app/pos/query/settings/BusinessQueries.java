package app.pos.query.settings;

import app.pos.kernel.identity.BusinessPage;
import app.pos.kernel.identity.BusinessView;
import app.pos.kernel.identity.FindBusiness;
import app.pos.kernel.identity.ListBusinesses;
import app.pos.query.shared.Filter;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.*;

/** The platform's view of the businesses it hosts: names and sizes, none of their trade. */
@Component
public class BusinessQueries {

    private static final String SELECT_BUSINESS = """
            SELECT s.business_id AS id, s.store_name, s.time_zone, s.currency_symbol, s.opened_at,
                (SELECT COUNT(*) FROM user_account_view u WHERE u.business_id = s.business_id AND u.active)
                    AS staff_count
            FROM store_settings_view s""";
    private static final Map<String, String> SORTABLE = Map.of("storeName", "store_name", "openedAt", "opened_at");

    private final Reads reads;

    public BusinessQueries(Reads reads) {
        this.reads = reads;
    }

    @QueryHandler
    public CompletableFuture<BusinessPage> handle(ListBusinesses query) {
        Filter filter = new Filter(params());
        if (query.search() != null && !query.search().isBlank()) {
            filter.where("LOWER(s.store_name) LIKE :search");
            filter.params().text("search", Filter.likePattern(query.search()));
        }
        return reads.all(SELECT_BUSINESS + filter.whereClause()
                                + filter.pageClause(query.page(), SORTABLE, "opened_at DESC"), filter.params(),
                        BusinessQueries::business)
                .collectList()
                .zipWith(reads.count("SELECT COUNT(*) AS n FROM store_settings_view s" + filter.whereClause(),
                        filter.params()), BusinessPage::new)
                .toFuture();
    }

    @QueryHandler
    public CompletableFuture<BusinessView> handle(FindBusiness query) {
        return reads.one(SELECT_BUSINESS + " WHERE s.business_id = :businessId",
                params().uuid("businessId", query.businessId()), BusinessQueries::business).toFuture();
    }

    private static BusinessView business(Readable row) {
        return new BusinessView(uuid(row, "id"), text(row, "store_name"), text(row, "time_zone"),
                text(row, "currency_symbol"), number(row, "staff_count"), instant(row, "opened_at"));
    }
}
