package app.pos.command.catalog;

import app.pos.command.settings.StoreSettingsReader;
import app.pos.command.shared.AggregateSnapshot;
import app.pos.command.shared.Rules;
import app.pos.kernel.catalog.CreateProduct;
import app.pos.kernel.catalog.DiscontinueProduct;
import app.pos.kernel.catalog.ProductCreated;
import app.pos.kernel.catalog.ProductDetails;
import app.pos.kernel.catalog.ProductDiscontinued;
import app.pos.kernel.catalog.ProductRevised;
import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.catalog.ProductView;
import app.pos.kernel.catalog.ReviseProduct;
import app.pos.kernel.sales.PricedLine;
import app.pos.kernel.stock.ChangeStock;
import app.pos.kernel.stock.CheckStock;
import app.pos.kernel.stock.MovementType;
import app.pos.kernel.stock.Quantity;
import app.pos.kernel.stock.SellStock;
import app.pos.kernel.stock.StockChange;
import app.pos.kernel.stock.StockMoved;
import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A product on the shelf: what it is, what it costs, and how many are left. */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "aggregateSnapshots")
@AggregateSnapshot
public class Product {

    static final String NOT_FOUND = "PRODUCT_NOT_FOUND";

    @AggregateIdentifier
    private UUID productId;
    private UUID businessId;
    private ProductDetails details;
    private ProductStatus status;
    private Quantity stock;
    private Instant createdAt;
    private Instant updatedAt;

    protected Product() {
    }

    /**
     * Creating a product that already exists (a retried request) changes nothing and answers the same.
     * Without its own minimum stock level a product takes the store's default.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ProductView handle(CreateProduct command, Clock clock, StoreSettingsReader stores) {
        if (productId != null) {
            requireBusiness(command.businessId());
            return view();
        }
        ProductDetails details = CatalogRules.checked(command.details(),
                () -> stores.current(command.businessId()).minStockDefault());
        Quantity opening = command.openingStock() == null ? Quantity.ZERO : command.openingStock();
        Rules.require(!opening.isNegative(), "INVALID_QUANTITY", "opening stock must be zero or more");
        CatalogRules.requireCountable(details.unit(), opening);
        ProductStatus status = command.status() == null ? ProductStatus.ACTIVE : command.status();
        Instant now = clock.instant();
        apply(new ProductCreated(command.productId(), command.businessId(), details, status, now));
        if (opening.isPositive()) {
            apply(new StockMoved(command.productId(), command.businessId(), MovementType.RESTOCK, opening,
                    Quantity.ZERO, opening, "Opening stock", null, command.actor().userId(), now));
        }
        return view();
    }

    @CommandHandler
    public ProductView handle(ReviseProduct command, Clock clock) {
        requireBusiness(command.businessId());
        ProductStatus newStatus = command.status() == null ? status : command.status();
        apply(new ProductRevised(productId, businessId, CatalogRules.checked(command.details(), details::minStockLevel),
                newStatus,
                clock.instant()));
        return view();
    }

    @CommandHandler
    public ProductView handle(DiscontinueProduct command, Clock clock) {
        requireBusiness(command.businessId());
        if (status != ProductStatus.DISCONTINUED) {
            apply(new ProductDiscontinued(productId, businessId, clock.instant()));
        }
        return view();
    }

    /** A restock adds units; an adjustment corrects the count either way but never below zero. */
    @CommandHandler
    public StockChange handle(ChangeStock command, Clock clock) {
        requireBusiness(command.businessId());
        Rules.require(command.type() == MovementType.RESTOCK || command.type() == MovementType.ADJUSTMENT,
                "INVALID_MOVEMENT_TYPE", "a manual stock change is a RESTOCK or an ADJUSTMENT");
        Quantity change = command.quantity();
        Rules.require(change != null && !change.isZero(), "INVALID_QUANTITY", "quantity must not be zero");
        CatalogRules.requireCountable(details.unit(), change);
        switch (command.type()) {
            case RESTOCK -> Rules.require(change.isPositive(), "INVALID_QUANTITY", "a restock adds a positive quantity");
            case ADJUSTMENT -> Rules.require(!stock.plus(change).isNegative(), "NEGATIVE_STOCK",
                    RuleViolation.Kind.CONFLICT, "an adjustment cannot leave less than zero in stock");
            default -> throw new IllegalStateException("unreachable: " + command.type());
        }
        boolean unexplainedRestock = command.type() == MovementType.RESTOCK
                && (command.reason() == null || command.reason().isBlank());
        String reason = unexplainedRestock ? "Restock" : Rules.requireText(command.reason(), "reason", 500);
        Quantity before = stock;
        apply(new StockMoved(productId, businessId, command.type(), change, before, before.plus(change), reason,
                null, command.actor().userId(), clock.instant()));
        return new StockChange(productId, before, stock);
    }

    /** Units leave the shelf for a completed bill; the checkout has already priced the line. */
    @CommandHandler
    public StockChange handle(SellStock command, Clock clock) {
        requireBusiness(command.businessId());
        Quantity quantity = command.quantity();
        requireAvailable(quantity, command.negativeStockAllowed());
        Quantity before = stock;
        apply(new StockMoved(productId, businessId, MovementType.SALE, quantity.negate(), before,
                before.minus(quantity), "Sale " + command.billNumber(), command.saleId(), command.actor().userId(),
                clock.instant()));
        return new StockChange(productId, before, stock);
    }

    /** The same rule as a sale, asked before a bill waits for approval, so the till hears at once. */
    @CommandHandler
    public void handle(CheckStock command) {
        requireBusiness(command.businessId());
        requireAvailable(command.quantity(), command.negativeStockAllowed());
    }

    /** Prices a cart line: the product's own tax rate wins over the store's default. */
    public PricedLine price(Quantity quantity, Money discount, BigDecimal storeTaxRate) {
        requireSellable();
        CatalogRules.requireCountable(details.unit(), quantity);
        BigDecimal taxRate = details.taxRate() != null ? details.taxRate() : storeTaxRate;
        return new PricedLine(productId, details.name(), quantity, details.price(), discount, taxRate);
    }

    public Optional<StockPolicy.Shortage> shortage(Quantity requested) {
        return stock.isLessThan(requested)
                ? Optional.of(new StockPolicy.Shortage(productId, details.name(), stock, requested))
                : Optional.empty();
    }

    public boolean belongsTo(UUID business) {
        return businessId.equals(business);
    }

    private void requireAvailable(Quantity quantity, boolean negativeStockAllowed) {
        requireSellable();
        Rules.require(quantity != null && quantity.isPositive(), "INVALID_QUANTITY", "quantity must be more than zero");
        CatalogRules.requireCountable(details.unit(), quantity);
        if (!StockPolicy.allows(stock, quantity, negativeStockAllowed)) {
            throw StockPolicy.insufficient(List.of(shortage(quantity).orElseThrow()));
        }
    }

    private void requireSellable() {
        Rules.require(status == ProductStatus.ACTIVE, "PRODUCT_NOT_ACTIVE",
                details.name() + " is " + status.name().toLowerCase() + " and cannot be sold");
    }

    private void requireBusiness(UUID business) {
        Rules.requireSameBusiness(businessId, business, NOT_FOUND, productId);
    }

    private ProductView view() {
        return new ProductView(productId, businessId, details.name(), details.sku(), details.barcode(),
                details.category(), details.unit(), details.price(), details.costPrice(), details.taxRate(), stock,
                details.minStockLevel(), details.expiryDate(), status, createdAt, updatedAt);
    }

    @EventSourcingHandler
    void on(ProductCreated event) {
        productId = event.productId();
        businessId = event.businessId();
        details = event.details();
        status = event.status();
        stock = Quantity.ZERO;
        createdAt = event.createdAt();
        updatedAt = event.createdAt();
    }

    @EventSourcingHandler
    void on(ProductRevised event) {
        details = event.details();
        status = event.status();
        updatedAt = event.revisedAt();
    }

    @EventSourcingHandler
    void on(ProductDiscontinued event) {
        status = ProductStatus.DISCONTINUED;
        updatedAt = event.discontinuedAt();
    }

    @EventSourcingHandler
    void on(StockMoved event) {
        stock = event.stockAfter();
        updatedAt = event.occurredAt();
    }
}
