package app.pos.query.settings;

import app.pos.kernel.settings.FetchStoreSettings;
import app.pos.kernel.settings.StoreOpened;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.settings.StoreSettingsChanged;
import app.pos.kernel.settings.StoreSettingsView;
import app.pos.query.dashboard.DashboardUpdates;
import app.pos.query.shared.Params;
import app.pos.query.shared.ProjectionTables;
import app.pos.query.shared.Projections;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.*;

/** Each store's settings as they are now. */
@Component
@ProcessingGroup(Projections.GROUP)
@ProjectionTables(name = "settings", tables = {"store_settings_view"})
public class StoreSettingsProjection {

    private final Projections projections;
    private final Reads reads;
    private final DashboardUpdates dashboards;

    public StoreSettingsProjection(Projections projections, Reads reads, DashboardUpdates dashboards) {
        this.projections = projections;
        this.reads = reads;
        this.dashboards = dashboards;
    }

    @EventHandler
    void on(StoreOpened event) {
        projections.write("""
                INSERT INTO store_settings_view (business_id, store_name, contact_number, address, currency_symbol,
                    tax_rate, min_stock_default, approval_threshold, allow_negative_stock, receipt_header,
                    receipt_footer, time_zone, opened_at, updated_at)
                VALUES (:businessId, :storeName, :contactNumber, :address, :currencySymbol, :taxRate,
                    :minStockDefault, :approvalThreshold, :allowNegativeStock, :receiptHeader, :receiptFooter,
                    :timeZone, :at, :at)""", row(event.businessId(), event.settings(), event.openedAt()));
        dashboards.changed(event.businessId());
    }

    @EventHandler
    void on(StoreSettingsChanged event) {
        projections.write("""
                UPDATE store_settings_view SET store_name = :storeName, contact_number = :contactNumber,
                    address = :address, currency_symbol = :currencySymbol, tax_rate = :taxRate,
                    min_stock_default = :minStockDefault, approval_threshold = :approvalThreshold,
                    allow_negative_stock = :allowNegativeStock, receipt_header = :receiptHeader,
                    receipt_footer = :receiptFooter, time_zone = :timeZone, updated_at = :at
                WHERE business_id = :businessId""", row(event.businessId(), event.settings(), event.changedAt()));
        dashboards.changed(event.businessId());
    }

    @ResetHandler
    void reset() {
        projections.write("DELETE FROM store_settings_view", params());
    }

    @QueryHandler
    public CompletableFuture<StoreSettingsView> handle(FetchStoreSettings query) {
        return reads.one("SELECT * FROM store_settings_view WHERE business_id = :businessId",
                params().uuid("businessId", query.businessId()), StoreSettingsProjection::view).toFuture();
    }

    private static Params row(UUID businessId, StoreSettings settings, Instant at) {
        return params().uuid("businessId", businessId).text("storeName", settings.storeName())
                .text("contactNumber", settings.contactNumber()).text("address", settings.address())
                .text("currencySymbol", settings.currencySymbol()).decimal("taxRate", settings.taxRate())
                .quantity("minStockDefault", settings.minStockDefault())
                .money("approvalThreshold", settings.approvalThreshold())
                .bool("allowNegativeStock", settings.allowNegativeStock())
                .text("receiptHeader", settings.receiptHeader()).text("receiptFooter", settings.receiptFooter())
                .text("timeZone", settings.timeZone()).instant("at", at);
    }

    private static StoreSettingsView view(Readable row) {
        StoreSettings settings = new StoreSettings(text(row, "store_name"), text(row, "contact_number"),
                text(row, "address"), text(row, "currency_symbol"), decimal(row, "tax_rate"),
                quantity(row, "min_stock_default"), money(row, "approval_threshold"),
                bool(row, "allow_negative_stock"), text(row, "receipt_header"), text(row, "receipt_footer"),
                text(row, "time_zone"));
        return new StoreSettingsView(uuid(row, "business_id"), settings, instant(row, "updated_at"));
    }
}
