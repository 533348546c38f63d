package app.pos.query.live;

import app.pos.kernel.catalog.ProductDetails;
import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.stock.Quantity;
import app.pos.query.shared.Reads;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static app.pos.query.shared.Params.params;

/**
 * The products the alerts watch, kept in memory so a sale's stock movements cost no read. The live
 * processor sees every change after it starts, so a product read once from the product view is then
 * kept current from the events themselves.
 */
@Component
class WatchedProducts {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final Reads reads;
    private final Cache<UUID, WatchedProduct> products = Caffeine.newBuilder().maximumSize(100_000).build();

    WatchedProducts(Reads reads) {
        this.reads = reads;
    }

    WatchedProduct described(UUID productId, ProductDetails details, ProductStatus status) {
        Quantity stock = find(productId).map(WatchedProduct::stock).orElse(Quantity.ZERO);
        WatchedProduct product = new WatchedProduct(productId, details.name(),
                details.unit().name().toLowerCase(Locale.ROOT), details.minStockLevel(), details.expiryDate(), stock,
                status);
        products.put(productId, product);
        return product;
    }

    Optional<WatchedProduct> stocked(UUID productId, Quantity stock) {
        Optional<WatchedProduct> product = find(productId).map(found -> found.withStock(stock));
        product.ifPresent(found -> products.put(productId, found));
        return product;
    }

    void discontinued(UUID productId) {
        products.invalidate(productId);
    }

    private Optional<WatchedProduct> find(UUID productId) {
        WatchedProduct known = products.getIfPresent(productId);
        return known != null ? Optional.of(known) : Optional.ofNullable(read(productId));
    }

    private WatchedProduct read(UUID productId) {
        return reads.one("SELECT " + WatchedProduct.COLUMNS + " FROM product_view WHERE id = :id",
                        params().uuid("id", productId), WatchedProduct::from)
                .block(READ_TIMEOUT);
    }
}
