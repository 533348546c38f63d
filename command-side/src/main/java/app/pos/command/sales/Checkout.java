package app.pos.command.sales;

import app.pos.command.catalog.Product;
import app.pos.command.catalog.StockPolicy;
import app.pos.command.customers.Customer;
import app.pos.command.settings.StoreSettingsReader;
import app.pos.command.shared.Aggregates;
import app.pos.command.shared.Rules;
import app.pos.kernel.credit.CheckCredit;
import app.pos.kernel.credit.TakeCredit;
import app.pos.kernel.identity.Actor;
import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.sales.ApproveBill;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.BillLine;
import app.pos.kernel.sales.BillOutcome;
import app.pos.kernel.sales.Cart;
import app.pos.kernel.sales.CartLine;
import app.pos.kernel.sales.ConfirmBillApproval;
import app.pos.kernel.sales.CreateSale;
import app.pos.kernel.sales.OpenBill;
import app.pos.kernel.sales.PricedLine;
import app.pos.kernel.sales.RepriceDraft;
import app.pos.kernel.sales.ReviseDraftBill;
import app.pos.kernel.sales.SaleStatus;
import app.pos.kernel.sales.SubmitBill;
import app.pos.kernel.sales.SubmitDraftBill;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.stock.Quantity;
import app.pos.kernel.stock.CheckStock;
import app.pos.kernel.stock.SellStock;
import app.pos.kernel.wallet.CheckWallet;
import app.pos.kernel.wallet.PayFromWallet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The till's side of a bill. A sale touches several aggregates (the bill, each product's stock, the
 * customer's udhaar and wallet); this handler loads them in one unit of work, so their events are
 * appended in one transaction: all of them or none. Each aggregate is locked while the unit of work
 * runs, products always in id order before the customer, so two tills racing for the last unit are
 * served one after the other and the second is refused.
 */
@Component
public class Checkout {

    private final Repository<Sale> sales;
    private final Repository<Product> products;
    private final Repository<Customer> customers;
    private final StoreSettingsReader stores;
    private final BillNumbers billNumbers;
    private final EventStore events;
    private final Clock clock;

    public Checkout(Repository<Sale> sales, Repository<Product> products, Repository<Customer> customers,
                    StoreSettingsReader stores, BillNumbers billNumbers, EventStore events, Clock clock) {
        this.sales = sales;
        this.products = products;
        this.customers = customers;
        this.stores = stores;
        this.billNumbers = billNumbers;
        this.events = events;
        this.clock = clock;
    }

    /** A retried CreateSale (same id) answers with the bill it already made and changes nothing. */
    @CommandHandler
    public BillOutcome handle(CreateSale command) {
        UUID businessId = command.businessId();
        if (Aggregates.exists(events, command.saleId())) {
            Aggregate<Sale> earlier = sales.load(command.saleId().toString());
            Rules.require(earlier.invoke(sale -> sale.belongsTo(businessId)), "ID_ALREADY_USED",
                    RuleViolation.Kind.CONFLICT, "this sale id is already in use");
            return earlier.invoke(Sale::outcome);
        }
        StoreSettings settings = settings(businessId);
        Cart cart = command.cart();
        Map<UUID, Aggregate<Product>> shelf = shelf(businessId, productIds(cart.lines()));
        List<PricedLine> priced = price(cart, shelf, settings);
        Optional<Aggregate<Customer>> customer = customer(businessId, cart.customerId());
        // every rule first, so that a bill that is refused takes no number
        requireSettleable(businessId, BillCalculator.bill(null, cart, priced, command.actor(), clock.instant()), shelf,
                customer, settings);
        String billNumber = billNumbers.next(businessId, clock.instant().atZone(zone(settings)).getYear());
        OpenBill open = new OpenBill(command.saleId(), businessId, billNumber, cart, priced,
                settings.approvalThreshold(), command.actor());
        Aggregate<Sale> sale = Aggregates.create(sales, () -> new Sale(open, clock));
        BillOutcome outcome = sale.invoke(Sale::outcome);
        if (outcome.status() == SaleStatus.COMPLETED) {
            settle(command.businessId(), command.saleId(), outcome.bill(), shelf, customer, settings, command.actor());
        }
        return outcome;
    }

    /** Approval completes the bill as it was submitted, if the shelf and the customer's limit still allow. */
    @CommandHandler
    public BillOutcome handle(ApproveBill command) {
        Aggregate<Sale> sale = sale(command.businessId(), command.saleId());
        Bill bill = sale.invoke(Sale::outcome).bill();
        StoreSettings settings = settings(command.businessId());
        Map<UUID, Aggregate<Product>> shelf = shelf(command.businessId(), billProductIds(bill));
        Optional<Aggregate<Customer>> customer = customer(command.businessId(), bill.customerId());
        BillOutcome outcome = Aggregates.send(sale,
                new ConfirmBillApproval(command.saleId(), command.notes(), command.actor()));
        requireSettleable(command.businessId(), bill, shelf, customer, settings);
        settle(command.businessId(), command.saleId(), bill, shelf, customer, settings, command.actor());
        return outcome;
    }

    @CommandHandler
    public BillOutcome handle(ReviseDraftBill command) {
        Aggregate<Sale> sale = sale(command.businessId(), command.saleId());
        StoreSettings settings = settings(command.businessId());
        Cart cart = command.cart();
        Map<UUID, Aggregate<Product>> shelf = shelf(command.businessId(), productIds(cart.lines()));
        List<PricedLine> priced = price(cart, shelf, settings);
        customer(command.businessId(), cart.customerId());
        return Aggregates.send(sale, new RepriceDraft(command.saleId(), cart, priced, command.actor()));
    }

    @CommandHandler
    public BillOutcome handle(SubmitDraftBill command) {
        Aggregate<Sale> sale = sale(command.businessId(), command.saleId());
        StoreSettings settings = settings(command.businessId());
        Bill bill = sale.invoke(Sale::outcome).bill();
        Map<UUID, Aggregate<Product>> shelf = shelf(command.businessId(), billProductIds(bill));
        Optional<Aggregate<Customer>> customer = customer(command.businessId(), bill.customerId());
        BillOutcome outcome = Aggregates.send(sale,
                new SubmitBill(command.saleId(), settings.approvalThreshold(), command.actor()));
        requireSettleable(command.businessId(), bill, shelf, customer, settings);
        if (outcome.status() == SaleStatus.COMPLETED) {
            settle(command.businessId(), command.saleId(), bill, shelf, customer, settings, command.actor());
        }
        return outcome;
    }

    /**
     * A bill is refused at once if it could not complete now, also one that would wait for approval (and
     * approval asks again): every product it is short of, an inactive product, udhaar over the limit, a
     * wallet that holds too little. The shelf and the customer answer by their own rules, changing nothing.
     */
    private static void requireSettleable(UUID businessId, Bill bill, Map<UUID, Aggregate<Product>> shelf,
                                          Optional<Aggregate<Customer>> customer, StoreSettings settings) {
        Map<UUID, Quantity> wanted = new LinkedHashMap<>();
        bill.lines().forEach(line -> wanted.merge(line.productId(), line.quantity(), Quantity::plus));
        StockPolicy.requireAll(wanted, (productId, quantity) -> Aggregates.send(shelf.get(productId),
                new CheckStock(productId, businessId, quantity, settings.allowNegativeStock())));
        if (bill.creditAmount().isPositive()) {
            Aggregates.send(customer.orElseThrow(), new CheckCredit(bill.customerId(), businessId, bill.creditAmount()));
        }
        if (bill.walletAmount().isPositive()) {
            Aggregates.send(customer.orElseThrow(), new CheckWallet(bill.customerId(), businessId, bill.walletAmount()));
        }
    }

    /** Stock leaves the shelf and udhaar and wallet move, for a bill that has just completed. */
    private void settle(UUID businessId, UUID saleId, Bill bill, Map<UUID, Aggregate<Product>> shelf,
                        Optional<Aggregate<Customer>> customer, StoreSettings settings, Actor actor) {
        boolean negativeAllowed = settings.allowNegativeStock();
        for (BillLine line : bill.lines()) {
            Aggregates.send(shelf.get(line.productId()), new SellStock(line.productId(), businessId, saleId,
                    bill.billNumber(), line.quantity(), negativeAllowed, actor));
        }
        if (bill.creditAmount().isPositive()) {
            Aggregates.send(customer.orElseThrow(), new TakeCredit(bill.customerId(), businessId, saleId,
                    bill.billNumber(), bill.creditAmount(), actor));
        }
        if (bill.walletAmount().isPositive()) {
            Aggregates.send(customer.orElseThrow(), new PayFromWallet(bill.customerId(), businessId, saleId,
                    bill.walletAmount(), actor));
        }
    }

    private List<PricedLine> price(Cart cart, Map<UUID, Aggregate<Product>> shelf, StoreSettings settings) {
        Rules.require(cart.lines() != null && !cart.lines().isEmpty(), "EMPTY_CART", "a bill needs at least one item");
        List<PricedLine> priced = new ArrayList<>();
        for (CartLine line : cart.lines()) {
            Money discount = line.discount() == null ? Money.ZERO : line.discount();
            priced.add(shelf.get(line.productId())
                    .invoke(product -> product.price(line.quantity(), discount, settings.taxRate())));
        }
        return priced;
    }

    /** Loads (and locks) the products in id order, so two checkouts never wait on each other in a circle. */
    private Map<UUID, Aggregate<Product>> shelf(UUID businessId, List<UUID> productIds) {
        Map<UUID, Aggregate<Product>> shelf = new TreeMap<>();
        for (UUID productId : new TreeSet<>(productIds)) {
            Aggregate<Product> product = Aggregates.find(products, productId)
                    .filter(found -> found.invoke(p -> p.belongsTo(businessId)))
                    .orElseThrow(() -> Rules.notFound("PRODUCT_NOT_FOUND", productId));
            shelf.put(productId, product);
        }
        return shelf;
    }

    private Optional<Aggregate<Customer>> customer(UUID businessId, UUID customerId) {
        if (customerId == null) {
            return Optional.empty();
        }
        return Optional.of(Aggregates.find(customers, customerId)
                .filter(found -> found.invoke(c -> c.belongsTo(businessId)))
                .orElseThrow(() -> Rules.notFound("CUSTOMER_NOT_FOUND", customerId)));
    }

    private Aggregate<Sale> sale(UUID businessId, UUID saleId) {
        return Aggregates.find(sales, saleId)
                .filter(found -> found.invoke(s -> s.belongsTo(businessId)))
                .orElseThrow(() -> Rules.notFound("SALE_NOT_FOUND", saleId));
    }

    private StoreSettings settings(UUID businessId) {
        return stores.current(businessId);
    }

    private static ZoneId zone(StoreSettings settings) {
        return ZoneId.of(settings.timeZone());
    }

    private static List<UUID> productIds(List<CartLine> lines) {
        Rules.require(lines != null && !lines.isEmpty(), "EMPTY_CART", "a bill needs at least one item");
        return lines.stream().map(CartLine::productId).toList();
    }

    private static List<UUID> billProductIds(Bill bill) {
        return bill.lines().stream().map(BillLine::productId).toList();
    }
}
