package app.pos.api.support;

import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.catalog.ProductCreated;
import app.pos.kernel.catalog.ProductDetails;
import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.catalog.Unit;
import app.pos.kernel.credit.CreditPaymentRecorded;
import app.pos.kernel.credit.CreditTaken;
import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.customers.CustomerDetails;
import app.pos.kernel.customers.CustomerRegistered;
import app.pos.kernel.identity.Role;
import app.pos.kernel.money.Money;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.BillLine;
import app.pos.kernel.sales.PaymentStatus;
import app.pos.kernel.sales.SaleCompleted;
import app.pos.kernel.sales.Tender;
import app.pos.kernel.stock.MovementType;
import app.pos.kernel.stock.Quantity;
import app.pos.kernel.stock.StockMoved;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trading that happened before the test began: products, customers, bills and udhaar payments written to
 * the real event store with the timestamps they would have had, in the shapes the aggregates write them
 * (the bill, its stock movements and its udhaar, one aggregate each), for the real projections to read.
 * Everything is recorded first and written in time order, so stock and balances run forward as they
 * would have.
 */
@Component
public class PastTrading {

    public static final ZoneId STORE_ZONE = ZoneId.of("Asia/Kolkata");

    private final EventStore eventStore;
    private final Clock clock;

    public PastTrading(EventStore eventStore, Clock clock) {
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** The store's today, as the server sees it. */
    public LocalDate today() {
        return clock.instant().atZone(STORE_ZONE).toLocalDate();
    }

    public History of(TestStore store) {
        return new History(store.businessId());
    }

    public record Item(UUID productId, BigDecimal quantity) {
    }

    public static Item item(UUID productId, int quantity) {
        return new Item(productId, BigDecimal.valueOf(quantity));
    }

    public static Tender pay(PaymentMethod method, String amount) {
        return new Tender(method, Money.of(amount));
    }

    public final class History {

        private final UUID businessId;
        private final UUID cashier = UUID.randomUUID();
        private final Map<UUID, ProductDetails> products = new HashMap<>();
        private final List<UUID> customers = new ArrayList<>();
        private final List<Happening> happenings = new ArrayList<>();
        private int bills;

        private History(UUID businessId) {
            this.businessId = businessId;
        }

        /** A local date-time on the store's clock, as an instant. */
        public Instant at(LocalDateTime local) {
            return local.atZone(STORE_ZONE).toInstant();
        }

        /** An active product, added at 07:00 on {@code addedOn} with {@code stock} units on the shelf. */
        public UUID product(String name, String price, String taxRate, int stock, LocalDate addedOn) {
            UUID id = UUID.randomUUID();
            ProductDetails details = new ProductDetails(name, null, null, "Test", Unit.PCS, Money.of(price), null,
                    new BigDecimal(taxRate), Quantity.of(5), null);
            products.put(id, details);
            Instant at = at(addedOn.atTime(7, 0));
            happen(at, writer -> writer.append("Product", id, new ProductCreated(id, businessId, details,
                    ProductStatus.ACTIVE, at), at));
            if (stock != 0) {
                restock(id, stock, addedOn.atTime(7, 1));
            }
            return id;
        }

        public void restock(UUID product, int units, LocalDateTime when) {
            Instant at = at(when);
            happen(at, writer -> writer.stock(product, MovementType.RESTOCK, Quantity.of(units), "delivery", null, at));
        }

        public UUID customer(String name, LocalDate registeredOn) {
            UUID id = UUID.randomUUID();
            customers.add(id);
            Instant at = at(registeredOn.atTime(9, 0));
            happen(at, writer -> writer.append("Customer", id, new CustomerRegistered(id, businessId,
                    new CustomerDetails(name, "+91 90000 00000", null, null, Money.of("100000.00")), at), at));
            return id;
        }

        /**
         * A completed bill at {@code when}: lines at the product's price and tax rate, paid by the tenders
         * (cash may be more than the total: the rest is change), CREDIT tenders becoming the customer's udhaar.
         */
        public UUID sale(LocalDateTime when, UUID customer, List<Item> items, Tender... tenders) {
            UUID saleId = UUID.randomUUID();
            String billNumber = "PAST-%06d".formatted(++bills);
            Instant at = at(when);
            happen(at, writer -> {
                Bill bill = bill(billNumber, customer, items, List.of(tenders), at);
                writer.append("Sale", saleId, new SaleCompleted(saleId, businessId, bill, at), at);
                for (BillLine line : bill.lines()) {
                    writer.stock(line.productId(), MovementType.SALE, line.quantity().negate(), "Sale " + billNumber,
                            saleId, at);
                }
                if (bill.creditAmount().isPositive()) {
                    Money before = writer.credit.getOrDefault(customer, Money.ZERO);
                    Money after = before.plus(bill.creditAmount());
                    writer.credit.put(customer, after);
                    writer.append("Customer", customer, new CreditTaken(UUID.randomUUID(), customer, businessId, saleId,
                            billNumber, bill.creditAmount(), before, after, cashier, at), at);
                }
            });
            return saleId;
        }

        /** A bill of one line paid in cash, exactly. */
        public UUID cashSale(LocalDateTime when, UUID customer, UUID product, int quantity) {
            Money total = totalOf(List.of(item(product, quantity)));
            return sale(when, customer, List.of(item(product, quantity)), pay(PaymentMethod.CASH, total.toString()));
        }

        public void creditPayment(UUID customer, String amount, LocalDateTime when) {
            Instant at = at(when);
            happen(at, writer -> {
                Money before = writer.credit.getOrDefault(customer, Money.ZERO);
                Money after = before.minus(Money.of(amount));
                assertThat(after.isNegative()).as("a payment larger than the udhaar").isFalse();
                writer.credit.put(customer, after);
                writer.append("Customer", customer, new CreditPaymentRecorded(UUID.randomUUID(), customer, businessId,
                        Money.of(amount), PaymentMethod.CASH, null, before, after, cashier, at), at);
            });
        }

        /** What a bill of these items comes to, tax included. */
        public Money totalOf(List<Item> items) {
            Money subtotal = Money.ZERO;
            BigDecimal tax = BigDecimal.ZERO;
            for (Item item : items) {
                ProductDetails details = products.get(item.productId());
                Money lineTotal = details.price().times(item.quantity());
                subtotal = subtotal.plus(lineTotal);
                tax = tax.add(lineTotal.amount().multiply(details.taxRate()).movePointLeft(2));
            }
            return subtotal.plus(Money.of(tax));
        }

        /**
         * Writes everything, oldest first, then waits (as {@code reader}) until the projections show every
         * bill, every product's stock and every customer's udhaar.
         */
        public void write(Api reader) {
            assertThat(happenings).allSatisfy(happening -> assertThat(happening.at()).isBefore(clock.instant()));
            Writer writer = new Writer();
            happenings.stream().sorted(Comparator.comparing(Happening::at))
                    .forEach(happening -> happening.events().accept(writer));
            eventStore.publish(writer.messages);
            Eventually.within(Duration.ofSeconds(60), () -> {
                assertThat(reader.get("/api/v1/sales?limit=1").expect(200).at("/page/total").asLong())
                        .as("bills on the read side").isEqualTo(bills);
                products.forEach((product, details) -> assertThat(reader.stock(product))
                        .as("stock of %s", details.name())
                        .isEqualByComparingTo(writer.stock.getOrDefault(product, Quantity.ZERO).value()));
                customers.forEach(customer -> assertThat(reader.creditBalance(customer)).as("udhaar of %s", customer)
                        .isEqualByComparingTo(writer.credit.getOrDefault(customer, Money.ZERO).amount()));
            });
        }

        private void happen(Instant at, Consumer<Writer> events) {
            happenings.add(new Happening(at, events));
        }

        private Bill bill(String billNumber, UUID customer, List<Item> items, List<Tender> tenders, Instant at) {
            List<BillLine> lines = new ArrayList<>();
            for (Item item : items) {
                ProductDetails details = products.get(item.productId());
                lines.add(new BillLine(item.productId(), details.name(), Quantity.of(item.quantity()), details.price(),
                        Money.ZERO, details.taxRate(), details.price().times(item.quantity())));
            }
            Money subtotal = lines.stream().map(BillLine::lineTotal).reduce(Money.ZERO, Money::plus);
            Money total = totalOf(items);
            Money credit = tenders.stream().filter(t -> t.method() == PaymentMethod.CREDIT).map(Tender::amount)
                    .reduce(Money.ZERO, Money::plus);
            Money paid = tenders.stream().filter(t -> t.method() != PaymentMethod.CREDIT).map(Tender::amount)
                    .reduce(Money.ZERO, Money::plus);
            Money change = paid.plus(credit).minus(total);
            assertThat(change.isNegative()).as("tenders cover bill %s", billNumber).isFalse();
            assertThat(change.isZero() || credit.isZero()).as("change only without udhaar").isTrue();
            PaymentStatus status = credit.isZero() ? PaymentStatus.PAID
                    : credit.compareTo(total) >= 0 ? PaymentStatus.CREDIT : PaymentStatus.PARTIAL;
            return new Bill(billNumber, customer, lines, subtotal, Money.ZERO, total.minus(subtotal), total, tenders,
                    paid, change, credit, Money.ZERO, status, null, cashier, Role.CASHIER, at);
        }

        private record Happening(Instant at, Consumer<Writer> events) {
        }

        /** Sequence numbers, stock and udhaar as they run forward while the events are written. */
        private final class Writer {

            private final List<DomainEventMessage<?>> messages = new ArrayList<>();
            private final Map<UUID, Long> sequences = new HashMap<>();
            private final Map<UUID, Quantity> stock = new HashMap<>();
            private final Map<UUID, Money> credit = new HashMap<>();

            void stock(UUID product, MovementType type, Quantity change, String reason, UUID reference, Instant at) {
                Quantity before = stock.getOrDefault(product, Quantity.ZERO);
                Quantity after = before.plus(change);
                stock.put(product, after);
                append("Product", product, new StockMoved(product, businessId, type, change, before, after, reason,
                        reference, cashier, at), at);
            }

            void append(String aggregateType, UUID aggregateId, Object event, Instant at) {
                long sequence = sequences.merge(aggregateId, 0L, (last, ignored) -> last + 1);
                messages.add(new GenericDomainEventMessage<>(aggregateType, aggregateId.toString(), sequence, event,
                        Map.of("businessId", businessId.toString(), "userId", cashier.toString(), "role", "CASHIER"),
                        UUID.randomUUID().toString(), at));
            }
        }
    }
}
