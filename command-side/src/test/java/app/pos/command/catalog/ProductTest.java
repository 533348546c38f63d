package app.pos.command.catalog;

import app.pos.command.settings.StoreSettingsReader;
import app.pos.kernel.settings.StoreOpened;
import app.pos.kernel.settings.StoreSettings;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import app.pos.kernel.catalog.CreateProduct;
import app.pos.kernel.catalog.DiscontinueProduct;
import app.pos.kernel.catalog.ProductCreated;
import app.pos.kernel.catalog.ProductDetails;
import app.pos.kernel.catalog.ProductDiscontinued;
import app.pos.kernel.catalog.ProductRevised;
import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.catalog.ProductView;
import app.pos.kernel.catalog.ReviseProduct;
import app.pos.kernel.catalog.Unit;
import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.Role;
import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.sales.PricedLine;
import app.pos.kernel.stock.ChangeStock;
import app.pos.kernel.stock.MovementType;
import app.pos.kernel.stock.Quantity;
import app.pos.kernel.stock.CheckStock;
import app.pos.kernel.stock.SellStock;
import app.pos.kernel.stock.StockChange;
import app.pos.kernel.stock.StockMoved;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static app.pos.command.RuleViolationMatcher.violation;
import static app.pos.command.Snapshots.assertRestoredWhole;
import static app.pos.command.TestClock.CLOCK;
import static app.pos.command.TestClock.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final UUID OTHER_BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b002");
    private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final UUID SALE = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final Actor OWNER = new Actor(USER, Role.OWNER);
    private static final Instant EARLIER = Instant.parse("2026-11-01T08:00:00Z");

    private FixtureConfiguration<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(new StoreSettingsReader(storeWithMinimumStock(STORE_MIN_STOCK)));
    }

    // --- creating ---

    @Test
    void createWithoutOpeningStockEmitsOnlyProductCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, BUSINESS, details(Unit.PCS), ProductStatus.ACTIVE, null, OWNER))
                .expectEvents(new ProductCreated(PRODUCT, BUSINESS, details(Unit.PCS), ProductStatus.ACTIVE, NOW))
                .expectResultMessagePayload(view(details(Unit.PCS), ProductStatus.ACTIVE, Quantity.ZERO, NOW, NOW));
    }

    @Test
    void createWithOpeningStockAlsoRecordsItAsARestock() {
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, BUSINESS, details(Unit.PCS), ProductStatus.ACTIVE, Quantity.of(10),
                        OWNER))
                .expectEvents(
                        new ProductCreated(PRODUCT, BUSINESS, details(Unit.PCS), ProductStatus.ACTIVE, NOW),
                        new StockMoved(PRODUCT, BUSINESS, MovementType.RESTOCK, Quantity.of(10), Quantity.ZERO,
                                Quantity.of(10), "Opening stock", null, USER, NOW))
                .expectResultMessagePayload(view(details(Unit.PCS), ProductStatus.ACTIVE, Quantity.of(10), NOW, NOW));
    }

    @Test
    void zeroOpeningStockRecordsNoStockMovement() {
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, BUSINESS, details(Unit.PCS), ProductStatus.ACTIVE, Quantity.ZERO,
                        OWNER))
                .expectEvents(new ProductCreated(PRODUCT, BUSINESS, details(Unit.PCS), ProductStatus.ACTIVE, NOW));
    }

    @Test
    void productWithoutAStatusIsCreatedActive() {
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, BUSINESS, details(Unit.PCS), null, null, OWNER))
                .expectEvents(new ProductCreated(PRODUCT, BUSINESS, details(Unit.PCS), ProductStatus.ACTIVE, NOW));
    }

    @Test
    void createTrimsTheNameDropsBlankCodesAndTakesTheStoresMinimumStock() {
        ProductDetails sloppy = new ProductDetails("  Toor Dal  ", " ", "", "  ", Unit.KG, Money.of("140.00"),
                null, null, null, null);
        ProductDetails clean = new ProductDetails("Toor Dal", null, null, null, Unit.KG, Money.of("140.00"),
                null, null, STORE_MIN_STOCK, null);
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, BUSINESS, sloppy, null, null, OWNER))
                .expectEvents(new ProductCreated(PRODUCT, BUSINESS, clean, ProductStatus.ACTIVE, NOW));
    }

    @Test
    void revisingWithoutAMinimumStockLevelKeepsTheCurrentOne() {
        ProductDetails current = details(Unit.PCS);
        ProductDetails withoutMinimum = new ProductDetails(current.name(), current.sku(), current.barcode(),
                current.category(), current.unit(), Money.of("25.00"), current.costPrice(), current.taxRate(), null,
                current.expiryDate());
        ProductDetails expected = new ProductDetails(current.name(), current.sku(), current.barcode(),
                current.category(), current.unit(), Money.of("25.00"), current.costPrice(), current.taxRate(),
                current.minStockLevel(), current.expiryDate());
        fixture.given(created(Unit.PCS))
                .when(new ReviseProduct(PRODUCT, BUSINESS, withoutMinimum, null, OWNER))
                .expectEvents(new ProductRevised(PRODUCT, BUSINESS, expected, ProductStatus.ACTIVE, NOW));
    }

    @Test
    void repeatedCreateChangesNothingAndAnswersWithTheProductAsItIs() {
        ProductDetails different = new ProductDetails("Something else", null, null, null, Unit.KG,
                Money.of("1.00"), null, null, null, null);
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new CreateProduct(PRODUCT, BUSINESS, different, ProductStatus.INACTIVE, Quantity.of(99), OWNER))
                .expectNoEvents()
                .expectResultMessagePayload(
                        view(details(Unit.PCS), ProductStatus.ACTIVE, Quantity.of(10), EARLIER, EARLIER));
    }

    @Test
    void createWithAnotherBusinesssProductIdIsReportedAsNotFound() {
        fixture.given(created(Unit.PCS))
                .when(new CreateProduct(PRODUCT, OTHER_BUSINESS, details(Unit.PCS), null, null, OWNER))
                .expectException(violation("PRODUCT_NOT_FOUND").ofKind(RuleViolation.Kind.NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void productDetailsAreRequired() {
        refusedOnCreate(null, "FIELD_REQUIRED");
    }

    @Test
    void blankNameIsRefused() {
        refusedOnCreate(details(Unit.PCS, "   ", Money.of("10.00"), null), "FIELD_REQUIRED");
    }

    @Test
    void nameLongerThan200CharactersIsRefused() {
        refusedOnCreate(details(Unit.PCS, "x".repeat(201), Money.of("10.00"), null), "FIELD_TOO_LONG");
    }

    @Test
    void unitIsRequired() {
        refusedOnCreate(details(null, "Soap", Money.of("10.00"), null), "FIELD_REQUIRED");
    }

    @Test
    void missingPriceIsRefused() {
        refusedOnCreate(details(Unit.PCS, "Soap", null, null), "INVALID_PRICE");
    }

    @Test
    void negativePriceIsRefused() {
        refusedOnCreate(details(Unit.PCS, "Soap", Money.of("-0.01"), null), "INVALID_PRICE");
    }

    @Test
    void negativeCostPriceIsRefused() {
        ProductDetails details = new ProductDetails("Soap", null, null, null, Unit.PCS, Money.of("10.00"),
                Money.of("-1.00"), null, null, null);
        refusedOnCreate(details, "INVALID_PRICE");
    }

    @Test
    void freeProductIsAllowed() {
        ProductDetails free = details(Unit.PCS, "Sample", Money.ZERO, null);
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, BUSINESS, free, null, null, OWNER))
                .expectEvents(new ProductCreated(PRODUCT, BUSINESS, free, ProductStatus.ACTIVE, NOW));
    }

    @Test
    void taxRateAboveHundredPercentIsRefused() {
        refusedOnCreate(details(Unit.PCS, "Soap", Money.of("10.00"), new BigDecimal("100.01")), "INVALID_TAX_RATE");
    }

    @Test
    void negativeTaxRateIsRefused() {
        refusedOnCreate(details(Unit.PCS, "Soap", Money.of("10.00"), new BigDecimal("-1")), "INVALID_TAX_RATE");
    }

    @Test
    void taxRateOfExactlyHundredPercentIsAllowed() {
        ProductDetails details = details(Unit.PCS, "Soap", Money.of("10.00"), new BigDecimal("100"));
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, BUSINESS, details, null, null, OWNER))
                .expectEvents(new ProductCreated(PRODUCT, BUSINESS, details, ProductStatus.ACTIVE, NOW));
    }

    @Test
    void negativeMinimumStockLevelIsRefused() {
        ProductDetails details = new ProductDetails("Soap", null, null, null, Unit.PCS, Money.of("10.00"), null,
                null, Quantity.of(-1), null);
        refusedOnCreate(details, "INVALID_QUANTITY");
    }

    @Test
    void negativeOpeningStockIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, BUSINESS, details(Unit.PCS), null, Quantity.of(-1), OWNER))
                .expectException(violation("INVALID_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    void fractionalOpeningStockOfPiecesIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, BUSINESS, details(Unit.PCS), null, Quantity.of(new BigDecimal("1.5")),
                        OWNER))
                .expectException(violation("FRACTIONAL_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    void fractionalOpeningStockByTheKiloIsAllowed() {
        Quantity weight = Quantity.of(new BigDecimal("2.5"));
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, BUSINESS, details(Unit.KG), null, weight, OWNER))
                .expectEvents(
                        new ProductCreated(PRODUCT, BUSINESS, details(Unit.KG), ProductStatus.ACTIVE, NOW),
                        new StockMoved(PRODUCT, BUSINESS, MovementType.RESTOCK, weight, Quantity.ZERO, weight,
                                "Opening stock", null, USER, NOW));
    }

    // --- revising and discontinuing ---

    @Test
    void revisionRecordsTheWholeNewPicture() {
        ProductDetails revised = details(Unit.PCS, "Basmati Rice 5kg", Money.of("450.00"), new BigDecimal("12"));
        fixture.given(created(Unit.PCS))
                .when(new ReviseProduct(PRODUCT, BUSINESS, revised, ProductStatus.INACTIVE, OWNER))
                .expectEvents(new ProductRevised(PRODUCT, BUSINESS, revised, ProductStatus.INACTIVE, NOW))
                .expectResultMessagePayload(view(revised, ProductStatus.INACTIVE, Quantity.ZERO, EARLIER, NOW));
    }

    @Test
    void revisionWithoutAStatusKeepsTheCurrentOne() {
        fixture.given(created(Unit.PCS), new ProductDiscontinued(PRODUCT, BUSINESS, EARLIER))
                .when(new ReviseProduct(PRODUCT, BUSINESS, details(Unit.PCS), null, OWNER))
                .expectEvents(new ProductRevised(PRODUCT, BUSINESS, details(Unit.PCS), ProductStatus.DISCONTINUED,
                        NOW));
    }

    @Test
    void revisionIsCheckedLikeCreation() {
        fixture.given(created(Unit.PCS))
                .when(new ReviseProduct(PRODUCT, BUSINESS, details(Unit.PCS, "Soap", Money.of("-5.00"), null), null,
                        OWNER))
                .expectException(violation("INVALID_PRICE"))
                .expectNoEvents();
    }

    @Test
    void revisingAnotherBusinesssProductIsReportedAsNotFound() {
        fixture.given(created(Unit.PCS))
                .when(new ReviseProduct(PRODUCT, OTHER_BUSINESS, details(Unit.PCS), null, OWNER))
                .expectException(violation("PRODUCT_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void discontinuingEmitsProductDiscontinued() {
        fixture.given(created(Unit.PCS))
                .when(new DiscontinueProduct(PRODUCT, BUSINESS, OWNER))
                .expectEvents(new ProductDiscontinued(PRODUCT, BUSINESS, NOW))
                .expectResultMessagePayload(
                        view(details(Unit.PCS), ProductStatus.DISCONTINUED, Quantity.ZERO, EARLIER, NOW));
    }

    @Test
    void discontinuingTwiceEmitsOnce() {
        fixture.given(created(Unit.PCS), new ProductDiscontinued(PRODUCT, BUSINESS, EARLIER))
                .when(new DiscontinueProduct(PRODUCT, BUSINESS, OWNER))
                .expectNoEvents()
                .expectResultMessagePayload(
                        view(details(Unit.PCS), ProductStatus.DISCONTINUED, Quantity.ZERO, EARLIER, EARLIER));
    }

    @Test
    void discontinuingAnotherBusinesssProductIsReportedAsNotFound() {
        fixture.given(created(Unit.PCS))
                .when(new DiscontinueProduct(PRODUCT, OTHER_BUSINESS, OWNER))
                .expectException(violation("PRODUCT_NOT_FOUND"))
                .expectNoEvents();
    }

    // --- restocks and adjustments ---

    @Test
    void restockAddsToTheShelf() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new ChangeStock(PRODUCT, BUSINESS, MovementType.RESTOCK, Quantity.of(5), "Supplier delivery",
                        OWNER))
                .expectEvents(new StockMoved(PRODUCT, BUSINESS, MovementType.RESTOCK, Quantity.of(5), Quantity.of(10),
                        Quantity.of(15), "Supplier delivery", null, USER, NOW))
                .expectResultMessagePayload(new StockChange(PRODUCT, Quantity.of(10), Quantity.of(15)));
    }

    @Test
    void restockWithoutAReasonIsCalledRestock() {
        fixture.given(created(Unit.PCS))
                .when(new ChangeStock(PRODUCT, BUSINESS, MovementType.RESTOCK, Quantity.of(5), "  ", OWNER))
                .expectEvents(new StockMoved(PRODUCT, BUSINESS, MovementType.RESTOCK, Quantity.of(5), Quantity.ZERO,
                        Quantity.of(5), "Restock", null, USER, NOW));
    }

    @Test
    void restockMustBePositive() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new ChangeStock(PRODUCT, BUSINESS, MovementType.RESTOCK, Quantity.of(-2), "Returned", OWNER))
                .expectException(violation("INVALID_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    void stockChangeOfZeroIsRefused() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new ChangeStock(PRODUCT, BUSINESS, MovementType.ADJUSTMENT, Quantity.ZERO, "Count", OWNER))
                .expectException(violation("INVALID_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    void stockChangeWithoutAQuantityIsRefused() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new ChangeStock(PRODUCT, BUSINESS, MovementType.RESTOCK, null, "Count", OWNER))
                .expectException(violation("INVALID_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    void fractionalRestockOfPiecesIsRefused() {
        fixture.given(created(Unit.PCS))
                .when(new ChangeStock(PRODUCT, BUSINESS, MovementType.RESTOCK, Quantity.of(new BigDecimal("0.5")),
                        null, OWNER))
                .expectException(violation("FRACTIONAL_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    void fractionalRestockByTheKiloIsAllowed() {
        Quantity weight = Quantity.of(new BigDecimal("0.75"));
        fixture.given(created(Unit.KG))
                .when(new ChangeStock(PRODUCT, BUSINESS, MovementType.RESTOCK, weight, null, OWNER))
                .expectEvents(new StockMoved(PRODUCT, BUSINESS, MovementType.RESTOCK, weight, Quantity.ZERO, weight,
                        "Restock", null, USER, NOW));
    }

    @Test
    void adjustmentCanLowerStockDownToZero() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new ChangeStock(PRODUCT, BUSINESS, MovementType.ADJUSTMENT, Quantity.of(-10), " Damaged in rain ",
                        OWNER))
                .expectEvents(new StockMoved(PRODUCT, BUSINESS, MovementType.ADJUSTMENT, Quantity.of(-10),
                        Quantity.of(10), Quantity.ZERO, "Damaged in rain", null, USER, NOW))
                .expectResultMessagePayload(new StockChange(PRODUCT, Quantity.of(10), Quantity.ZERO));
    }

    @Test
    void adjustmentBelowZeroIsRefused() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new ChangeStock(PRODUCT, BUSINESS, MovementType.ADJUSTMENT, Quantity.of(-11), "Stocktake",
                        OWNER))
                .expectException(violation("NEGATIVE_STOCK").ofKind(RuleViolation.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void adjustmentNeedsAReason() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new ChangeStock(PRODUCT, BUSINESS, MovementType.ADJUSTMENT, Quantity.of(2), "  ", OWNER))
                .expectException(violation("FIELD_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void onlyRestocksAndAdjustmentsAreManualStockChanges() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new ChangeStock(PRODUCT, BUSINESS, MovementType.SALE, Quantity.of(1), "Sold by hand", OWNER))
                .expectException(violation("INVALID_MOVEMENT_TYPE"))
                .expectNoEvents();
    }

    @Test
    void changingAnotherBusinesssStockIsReportedAsNotFound() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new ChangeStock(PRODUCT, OTHER_BUSINESS, MovementType.RESTOCK, Quantity.of(5), null, OWNER))
                .expectException(violation("PRODUCT_NOT_FOUND"))
                .expectNoEvents();
    }

    // --- selling ---

    @Test
    void sellingTakesUnitsOffTheShelfAndPointsAtTheSale() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(sell(3, false))
                .expectEvents(new StockMoved(PRODUCT, BUSINESS, MovementType.SALE, Quantity.of(-3), Quantity.of(10),
                        Quantity.of(7), "Sale BILL-2026-000001", SALE, USER, NOW))
                .expectResultMessagePayload(new StockChange(PRODUCT, Quantity.of(10), Quantity.of(7)));
    }

    @Test
    void aSnapshotRestoresTheProductAsItIsAfterASale() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(sell(3, false))
                .expectState(product -> assertRestoredWhole(product));
    }

    @Test
    void sellingTheLastUnitsLeavesAnEmptyShelf() {
        fixture.given(created(Unit.PCS), restocked(3))
                .when(sell(3, false))
                .expectEvents(new StockMoved(PRODUCT, BUSINESS, MovementType.SALE, Quantity.of(-3), Quantity.of(3),
                        Quantity.ZERO, "Sale BILL-2026-000001", SALE, USER, NOW));
    }

    @Test
    void cannotSellMoreThanInStock() {
        fixture.given(created(Unit.PCS), restocked(2))
                .when(sell(3, false))
                .expectException(violation(StockPolicy.INSUFFICIENT_STOCK).ofKind(RuleViolation.Kind.CONFLICT)
                        .withDetail("products", List.of(new StockPolicy.Shortage(PRODUCT, "Basmati Rice",
                                Quantity.of(2), Quantity.of(3)))))
                .expectNoEvents();
    }

    @Test
    void storeAllowingNegativeStockSellsBeyondTheShelf() {
        fixture.given(created(Unit.PCS), restocked(2))
                .when(sell(3, true))
                .expectEvents(new StockMoved(PRODUCT, BUSINESS, MovementType.SALE, Quantity.of(-3), Quantity.of(2),
                        Quantity.of(-1), "Sale BILL-2026-000001", SALE, USER, NOW))
                .expectResultMessagePayload(new StockChange(PRODUCT, Quantity.of(2), Quantity.of(-1)));
    }

    @Test
    void inactiveProductCannotBeSold() {
        fixture.given(created(Unit.PCS), restocked(10),
                        new ProductRevised(PRODUCT, BUSINESS, details(Unit.PCS), ProductStatus.INACTIVE, EARLIER))
                .when(sell(1, false))
                .expectException(violation("PRODUCT_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void discontinuedProductCannotBeSold() {
        fixture.given(created(Unit.PCS), restocked(10), new ProductDiscontinued(PRODUCT, BUSINESS, EARLIER))
                .when(sell(1, true))
                .expectException(violation("PRODUCT_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void sellingNothingIsRefused() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new SellStock(PRODUCT, BUSINESS, SALE, "BILL-2026-000001", Quantity.ZERO, false, OWNER))
                .expectException(violation("INVALID_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    void sellingAnotherBusinesssProductIsReportedAsNotFound() {
        fixture.given(created(Unit.PCS), restocked(10))
                .when(new SellStock(PRODUCT, OTHER_BUSINESS, SALE, "BILL-2026-000001", Quantity.of(1), false, OWNER))
                .expectException(violation("PRODUCT_NOT_FOUND"))
                .expectNoEvents();
    }

    // --- asked before a bill waits for approval ---

    @Test
    void aBillCannotWaitForMoreThanIsInStock() {
        fixture.given(created(Unit.PCS), restocked(40))
                .when(check(100_000, false))
                .expectException(violation(StockPolicy.INSUFFICIENT_STOCK).ofKind(RuleViolation.Kind.CONFLICT)
                        .withDetail("products", List.of(new StockPolicy.Shortage(PRODUCT, "Basmati Rice",
                                Quantity.of(40), Quantity.of(100_000)))))
                .expectNoEvents();
    }

    @Test
    void askingForWhatIsOnTheShelfTakesNothing() {
        fixture.given(created(Unit.PCS), restocked(40))
                .when(check(40, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aStoreAllowingNegativeStockMayLetABillWaitForMoreThanIsThere() {
        fixture.given(created(Unit.PCS), restocked(40))
                .when(check(100_000, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anInactiveProductCannotBeOnABillThatWaits() {
        fixture.given(created(Unit.PCS), restocked(40),
                        new ProductRevised(PRODUCT, BUSINESS, details(Unit.PCS), ProductStatus.INACTIVE, EARLIER))
                .when(check(1, true))
                .expectException(violation("PRODUCT_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void anotherBusinessCannotAskAboutTheShelf() {
        fixture.given(created(Unit.PCS), restocked(40))
                .when(new CheckStock(PRODUCT, OTHER_BUSINESS, Quantity.of(1), false))
                .expectException(violation("PRODUCT_NOT_FOUND"))
                .expectNoEvents();
    }

    // --- pricing a cart line ---

    @Test
    void theProductsOwnTaxRateWinsOverTheStoresDefault() {
        AtomicReference<PricedLine> priced = new AtomicReference<>();
        fixture.given(created(Unit.PCS))
                .whenInvoking(PRODUCT.toString(),
                        product -> priced.set(product.price(Quantity.of(2), Money.of("1.00"), new BigDecimal("18"))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertEquals(new PricedLine(PRODUCT, "Basmati Rice", Quantity.of(2), Money.of("22.00"), Money.of("1.00"),
                new BigDecimal("5")), priced.get());
    }

    @Test
    void productWithoutATaxRateIsPricedAtTheStoresDefault() {
        AtomicReference<PricedLine> priced = new AtomicReference<>();
        fixture.given(new ProductCreated(PRODUCT, BUSINESS,
                        details(Unit.PCS, "Basmati Rice", Money.of("22.00"), null), ProductStatus.ACTIVE, EARLIER))
                .whenInvoking(PRODUCT.toString(),
                        product -> priced.set(product.price(Quantity.of(2), Money.ZERO, new BigDecimal("18"))))
                .expectSuccessfulHandlerExecution();
        assertEquals(new BigDecimal("18"), priced.get().taxRate());
    }

    @Test
    void fractionalQuantityOfPiecesCannotBePriced() {
        fixture.given(created(Unit.PCS))
                .whenInvoking(PRODUCT.toString(),
                        product -> product.price(Quantity.of(new BigDecimal("1.5")), Money.ZERO, BigDecimal.ZERO))
                .expectException(violation("FRACTIONAL_QUANTITY"));
    }

    @Test
    void inactiveProductCannotBePriced() {
        fixture.given(created(Unit.PCS),
                        new ProductRevised(PRODUCT, BUSINESS, details(Unit.PCS), ProductStatus.INACTIVE, EARLIER))
                .whenInvoking(PRODUCT.toString(),
                        product -> product.price(Quantity.of(1), Money.ZERO, BigDecimal.ZERO))
                .expectException(violation("PRODUCT_NOT_ACTIVE"));
    }

    // --- helpers ---

    private void refusedOnCreate(ProductDetails details, String code) {
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, BUSINESS, details, null, Quantity.of(5), OWNER))
                .expectException(violation(code))
                .expectNoEvents();
    }

    private static SellStock sell(long quantity, boolean negativeStockAllowed) {
        return new SellStock(PRODUCT, BUSINESS, SALE, "BILL-2026-000001", Quantity.of(quantity),
                negativeStockAllowed, OWNER);
    }

    private static CheckStock check(long quantity, boolean negativeStockAllowed) {
        return new CheckStock(PRODUCT, BUSINESS, Quantity.of(quantity), negativeStockAllowed);
    }

    private static ProductCreated created(Unit unit) {
        return new ProductCreated(PRODUCT, BUSINESS, details(unit), ProductStatus.ACTIVE, EARLIER);
    }

    private static StockMoved restocked(long quantity) {
        return new StockMoved(PRODUCT, BUSINESS, MovementType.RESTOCK, Quantity.of(quantity), Quantity.ZERO,
                Quantity.of(quantity), "Opening stock", null, USER, EARLIER);
    }

    private static ProductDetails details(Unit unit) {
        return details(unit, "Basmati Rice", Money.of("22.00"), new BigDecimal("5"));
    }

    private static ProductDetails details(Unit unit, String name, Money price, BigDecimal taxRate) {
        return new ProductDetails(name, "RICE-1", "8901234567890", "Grocery", unit, price, Money.of("18.00"),
                taxRate, Quantity.of(5), LocalDate.parse("2027-03-31"));
    }

    private static ProductView view(ProductDetails details, ProductStatus status, Quantity stock, Instant createdAt,
                                    Instant updatedAt) {
        return new ProductView(PRODUCT, BUSINESS, details.name(), details.sku(), details.barcode(),
                details.category(), details.unit(), details.price(), details.costPrice(), details.taxRate(), stock,
                details.minStockLevel(), details.expiryDate(), status, createdAt, updatedAt);
    }

    private static final Quantity STORE_MIN_STOCK = Quantity.of(7);

    /** The store's own events, in a real in-memory event store, for the settings a product falls back on. */
    private static EventStore storeWithMinimumStock(Quantity minStock) {
        EventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        StoreSettings settings = new StoreSettings("Test store", null, null, "₹", new BigDecimal("5.00"), minStock,
                null, false, null, null, "UTC");
        events.publish(new GenericDomainEventMessage<>("Store", BUSINESS.toString(), 0,
                new StoreOpened(BUSINESS, settings, Instant.parse("2026-01-01T00:00:00Z"))));
        return events;
    }
}
