package app.pos.query.catalog;

import app.pos.kernel.catalog.ProductCreated;
import app.pos.kernel.catalog.ProductDetails;
import app.pos.kernel.catalog.ProductDiscontinued;
import app.pos.kernel.catalog.ProductRevised;
import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.stock.StockMoved;
import app.pos.query.dashboard.DashboardUpdates;
import app.pos.query.shared.Params;
import app.pos.query.shared.ProjectionTables;
import app.pos.query.shared.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.UUID;

import static app.pos.query.shared.Params.params;

/** Products with their current stock, and every stock movement as a line of the product's history. */
@Component
@ProcessingGroup(Projections.GROUP)
@ProjectionTables(name = "products", tables = {"product_view", "stock_movement_view"})
public class ProductProjection {

    private final Projections projections;
    private final DashboardUpdates dashboards;

    public ProductProjection(Projections projections, DashboardUpdates dashboards) {
        this.projections = projections;
        this.dashboards = dashboards;
    }

    @EventHandler
    void on(ProductCreated event) {
        projections.write("""
                INSERT INTO product_view (id, business_id, name, sku, barcode, category, unit, price, cost_price,
                    tax_rate, stock_quantity, min_stock_level, expiry_date, status, created_at, updated_at)
                VALUES (:id, :businessId, :name, :sku, :barcode, :category, :unit, :price, :costPrice, :taxRate, 0,
                    :minStockLevel, :expiryDate, :status, :at, :at)""",
                details(event.details()).uuid("id", event.productId()).uuid("businessId", event.businessId())
                        .name("status", event.status()).instant("at", event.createdAt()));
        dashboards.changed(event.businessId());
    }

    @EventHandler
    void on(ProductRevised event) {
        projections.write("""
                UPDATE product_view SET name = :name, sku = :sku, barcode = :barcode, category = :category,
                    unit = :unit, price = :price, cost_price = :costPrice, tax_rate = :taxRate,
                    min_stock_level = :minStockLevel, expiry_date = :expiryDate, status = :status, updated_at = :at
                WHERE id = :id""",
                details(event.details()).uuid("id", event.productId()).name("status", event.status())
                        .instant("at", event.revisedAt()));
        dashboards.changed(event.businessId());
    }

    @EventHandler
    void on(ProductDiscontinued event) {
        projections.write("UPDATE product_view SET status = :status, updated_at = :at WHERE id = :id",
                params().uuid("id", event.productId()).name("status", ProductStatus.DISCONTINUED)
                        .instant("at", event.discontinuedAt()));
        dashboards.changed(event.businessId());
    }

    @EventHandler
    void on(StockMoved event, @MessageIdentifier String eventId) {
        projections.write("UPDATE product_view SET stock_quantity = :stockAfter, updated_at = :at WHERE id = :id",
                params().uuid("id", event.productId()).quantity("stockAfter", event.stockAfter())
                        .instant("at", event.occurredAt()));
        projections.write("""
                INSERT INTO stock_movement_view (id, business_id, product_id, movement_type, quantity_change,
                    stock_before, stock_after, reference_id, notes, created_by, created_at)
                VALUES (:id, :businessId, :productId, :type, :change, :before, :after, :referenceId, :notes,
                    :createdBy, :at)""",
                params().uuid("id", UUID.fromString(eventId)).uuid("businessId", event.businessId())
                        .uuid("productId", event.productId()).name("type", event.type())
                        .quantity("change", event.quantityChange()).quantity("before", event.stockBefore())
                        .quantity("after", event.stockAfter()).uuid("referenceId", event.referenceId())
                        .text("notes", event.reason()).uuid("createdBy", event.performedBy())
                        .instant("at", event.occurredAt()));
        dashboards.changed(event.businessId());
    }

    @ResetHandler
    void reset() {
        projections.write("DELETE FROM stock_movement_view", params());
        projections.write("DELETE FROM product_view", params());
    }

    private static Params details(ProductDetails details) {
        return params().text("name", details.name()).text("sku", details.sku()).text("barcode", details.barcode())
                .text("category", details.category()).name("unit", details.unit()).money("price", details.price())
                .money("costPrice", details.costPrice()).decimal("taxRate", details.taxRate())
                .quantity("minStockLevel", details.minStockLevel()).date("expiryDate", details.expiryDate());
    }
}
