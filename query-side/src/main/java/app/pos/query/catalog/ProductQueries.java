package app.pos.query.catalog;

import app.pos.kernel.catalog.FindProduct;
import app.pos.kernel.catalog.FindProductByBarcode;
import app.pos.kernel.catalog.ListExpiringProducts;
import app.pos.kernel.catalog.ListProducts;
import app.pos.kernel.catalog.ProductList;
import app.pos.kernel.catalog.ProductPage;
import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.catalog.ProductView;
import app.pos.kernel.catalog.Unit;
import app.pos.kernel.stock.ListStockMovements;
import app.pos.kernel.stock.MovementType;
import app.pos.kernel.stock.StockMovementPage;
import app.pos.kernel.stock.StockMovementView;
import app.pos.query.shared.Filter;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.*;

@Component
public class ProductQueries {

    static final String LOW_STOCK = "status = 'ACTIVE' AND stock_quantity < min_stock_level";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "price", "price",
            "stockQuantity", "stock_quantity", "category", "category", "createdAt", "created_at",
            "updatedAt", "updated_at", "expiryDate", "expiry_date", "sku", "sku");

    private final Reads reads;

    public ProductQueries(Reads reads) {
        this.reads = reads;
    }

    @QueryHandler
    public CompletableFuture<ProductView> handle(FindProduct query) {
        return reads.one("SELECT * FROM product_view WHERE business_id = :businessId AND id = :id",
                params().uuid("businessId", query.businessId()).uuid("id", query.productId()),
                ProductQueries::product).toFuture();
    }

    @QueryHandler
    public CompletableFuture<ProductView> handle(FindProductByBarcode query) {
        return reads.all("""
                        SELECT * FROM product_view WHERE business_id = :businessId AND barcode = :barcode
                        ORDER BY CASE status WHEN 'ACTIVE' THEN 0 ELSE 1 END, updated_at DESC LIMIT 1""",
                params().uuid("businessId", query.businessId()).text("barcode", query.barcode().strip()),
                ProductQueries::product).next().toFuture();
    }

    @QueryHandler
    public CompletableFuture<ProductPage> handle(ListProducts query) {
        Filter filter = new Filter(params().uuid("businessId", query.businessId())).where("business_id = :businessId");
        if (query.search() != null && !query.search().isBlank()) {
            filter.where("(LOWER(name) LIKE :search OR LOWER(sku) LIKE :search OR barcode LIKE :search)");
            filter.params().text("search", Filter.likePattern(query.search()));
        }
        if (query.category() != null && !query.category().isBlank()) {
            filter.where("LOWER(category) = :category");
            filter.params().text("category", query.category().strip().toLowerCase());
        }
        if (query.status() != null) {
            filter.where("status = :status");
            filter.params().name("status", query.status());
        }
        if (query.lowStockOnly()) {
            filter.where(LOW_STOCK);
        }
        Mono<Long> total = reads.count("SELECT COUNT(*) AS n FROM product_view" + filter.whereClause(),
                filter.params());
        String order = query.lowStockOnly() ? "stock_quantity - min_stock_level" : "name";
        return reads.all("SELECT * FROM product_view" + filter.whereClause()
                                + filter.pageClause(query.page(), SORTABLE, order), filter.params(),
                        ProductQueries::product)
                .collectList()
                .zipWith(total, ProductPage::new)
                .toFuture();
    }

    @QueryHandler
    public CompletableFuture<ProductList> handle(ListExpiringProducts query) {
        return reads.all("""
                        SELECT * FROM product_view
                        WHERE business_id = :businessId AND status = 'ACTIVE' AND stock_quantity > 0
                          AND expiry_date IS NOT NULL AND expiry_date <= :until
                        ORDER BY expiry_date, name""",
                params().uuid("businessId", query.businessId()).date("until", query.until()),
                ProductQueries::product).collectList().map(ProductList::new).toFuture();
    }

    @QueryHandler
    public CompletableFuture<StockMovementPage> handle(ListStockMovements query) {
        Filter filter = new Filter(params().uuid("businessId", query.businessId()).uuid("productId", query.productId()))
                .where("business_id = :businessId").where("product_id = :productId");
        return reads.all("SELECT * FROM stock_movement_view" + filter.whereClause()
                                + filter.pageClause(query.page(), Map.of("createdAt", "created_at"), "created_at DESC"),
                        filter.params(), ProductQueries::movement)
                .collectList()
                .zipWith(reads.count("SELECT COUNT(*) AS n FROM stock_movement_view" + filter.whereClause(),
                                filter.params()),
                        StockMovementPage::new)
                .toFuture();
    }

    static ProductView product(Readable row) {
        return new ProductView(uuid(row, "id"), uuid(row, "business_id"), text(row, "name"), text(row, "sku"),
                text(row, "barcode"), text(row, "category"), enumOf(row, "unit", Unit.class), money(row, "price"),
                money(row, "cost_price"), decimal(row, "tax_rate"), quantity(row, "stock_quantity"),
                quantity(row, "min_stock_level"), date(row, "expiry_date"),
                enumOf(row, "status", ProductStatus.class), instant(row, "created_at"), instant(row, "updated_at"));
    }

    private static StockMovementView movement(Readable row) {
        return new StockMovementView(uuid(row, "id"), uuid(row, "product_id"),
                enumOf(row, "movement_type", MovementType.class), quantity(row, "quantity_change"),
                quantity(row, "stock_before"), quantity(row, "stock_after"), uuid(row, "reference_id"),
                text(row, "notes"), uuid(row, "created_by"), instant(row, "created_at"));
    }
}
