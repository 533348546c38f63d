package app.pos.command.sales;

import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.Role;
import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.BillLine;
import app.pos.kernel.sales.BillRejected;
import app.pos.kernel.sales.BillSubmittedForApproval;
import app.pos.kernel.sales.PaymentStatus;
import app.pos.kernel.sales.RejectBill;
import app.pos.kernel.sales.SaleCompleted;
import app.pos.kernel.sales.Tender;
import app.pos.kernel.stock.Quantity;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static app.pos.command.TestClock.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Bills stored before lines carried their own tax rate still load: each line gets the bill's effective
 * rate, the stored bytes stay as they were, and the Sale aggregate decides on them like on any bill.
 */
class LineTaxUpcasterTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final UUID SALE = UUID.fromString("00000000-0000-0000-0000-0000000e0009");
    private static final Actor CASHIER = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d001"),
            Role.CASHIER);
    private static final Actor OWNER = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d005"),
            Role.OWNER);
    private static final Instant THEN = Instant.parse("2024-03-01T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
    private final LineTaxUpcaster upcaster = new LineTaxUpcaster();
    private FixtureConfiguration<Sale> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sale.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void aLegacyBillOfOneRateGetsThatRateBackOnEveryLine() {
        SaleCompleted legacy = read(legacy(new SaleCompleted(SALE, BUSINESS, bill("5.00", "5.00"), THEN)));

        assertThat(legacy.bill().lines()).extracting(BillLine::taxRate)
                .allSatisfy(rate -> assertThat(rate).isEqualByComparingTo("5.00"));
        assertThat(legacy.bill().totalAmount()).isEqualTo(Money.of("147.00"));
        assertThat(legacy.bill().billNumber()).isEqualTo("OLD-000042");
    }

    @Test
    void aLegacyBillOfMixedRatesGetsTheAverageSoTheLinesTaxAddsUpToTheBills() {
        SaleCompleted legacy = read(legacy(new SaleCompleted(SALE, BUSINESS, bill("12.00", "5.00"), THEN)));

        assertThat(legacy.bill().lines()).extracting(BillLine::taxRate)
                .allSatisfy(rate -> assertThat(rate).isEqualByComparingTo("10.00"));
        BigDecimal lineTax = legacy.bill().lines().stream()
                .map(line -> line.lineTotal().amount().multiply(line.taxRate()).movePointLeft(2))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(Money.of(lineTax)).isEqualTo(legacy.bill().taxAmount());
    }

    @Test
    void currentEventsAndOtherTypesPassUntouched() {
        SaleCompleted current = new SaleCompleted(SALE, BUSINESS, bill("12.00", "5.00"), THEN);
        IntermediateEventRepresentation stored = representation(serializer.serialize(current, byte[].class),
                SaleCompleted.class.getName(), "1");
        IntermediateEventRepresentation after = upcaster.upcast(Stream.of(stored)).findFirst()
                .orElseThrow();
        assertThat(after).isSameAs(stored);

        BillRejected rejected = new BillRejected(SALE, BUSINESS, "OLD-000042", OWNER.userId(), "no", THEN);
        IntermediateEventRepresentation other = representation(serializer.serialize(rejected, byte[].class),
                BillRejected.class.getName(), null);
        assertThat(upcaster.upcast(Stream.of(other)).findFirst().orElseThrow()).isSameAs(other);
    }

    @Test
    void aLegacyBillWaitingForApprovalCanStillBeRejected() {
        BillSubmittedForApproval pending = read(legacy(new BillSubmittedForApproval(SALE, BUSINESS,
                bill("12.00", "5.00"), Money.of("100.00"), THEN)));

        fixture.given(pending)
                .when(new RejectBill(SALE, BUSINESS, "prices from the old till", OWNER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BillRejected(SALE, BUSINESS, "OLD-000042", OWNER.userId(), "prices from the old till",
                        CLOCK.instant()));
    }

    @Test
    void aLegacyCompletedBillIsFinal() {
        SaleCompleted completed = read(legacy(new SaleCompleted(SALE, BUSINESS, bill("12.00", "5.00"), THEN)));

        fixture.given(completed)
                .when(new RejectBill(SALE, BUSINESS, "too late", OWNER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("OLD-000042"))
                .expectNoEvents();
    }

    /** Two lines, 100.00 at one rate and 40.00 at another, but stored as old tills did: one tax figure. */
    private static Bill bill(String firstRate, String secondRate) {
        BigDecimal tax = new BigDecimal("100.00").multiply(new BigDecimal(firstRate)).movePointLeft(2)
                .add(new BigDecimal("40.00").multiply(new BigDecimal(secondRate)).movePointLeft(2));
        Money taxAmount = Money.of(tax);
        Money total = Money.of("140.00").plus(taxAmount);
        return new Bill("OLD-000042", null, List.of(
                new BillLine(UUID.randomUUID(), "Ghee 1l", Quantity.of(1), Money.of("100.00"), Money.ZERO,
                        new BigDecimal(firstRate), Money.of("100.00")),
                new BillLine(UUID.randomUUID(), "Matches", Quantity.of(4), Money.of("10.00"), Money.ZERO,
                        new BigDecimal(secondRate), Money.of("40.00"))),
                Money.of("140.00"), Money.ZERO, taxAmount, total, List.of(new Tender(PaymentMethod.CASH, total)),
                total, Money.ZERO, Money.ZERO, Money.ZERO, PaymentStatus.PAID, null, CASHIER.userId(), Role.CASHIER,
                THEN);
    }

    /** The event as the first releases stored it: no revision, and lines without a tax rate. */
    private IntermediateEventRepresentation legacy(Object event) {
        ObjectNode payload = (ObjectNode) JSON.readTree(serializer.serialize(event, byte[].class).getData());
        for (JsonNode line : payload.get("bill").get("lines")) {
            ((ObjectNode) line).remove("taxRate");
        }
        return representation(new SimpleSerializedObject<>(JSON.writeValueAsBytes(payload), byte[].class,
                new SimpleSerializedType(event.getClass().getName(), null)), event.getClass().getName(), null);
    }

    private IntermediateEventRepresentation representation(SerializedObject<byte[]> payload, String type,
                                                          String revision) {
        byte[] metaData = serializer.serialize(MetaData.emptyInstance(), byte[].class)
                .getData();
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Sale", SALE.toString(), 0,
                UUID.randomUUID().toString(), THEN, type, revision, payload.getData(), metaData), serializer);
    }

    @SuppressWarnings("unchecked")
    private <T> T read(IntermediateEventRepresentation legacy) {
        IntermediateEventRepresentation upcast = upcaster.upcast(Stream.of(legacy)).findFirst()
                .orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("1");
        return (T) serializer.deserialize(upcast.getData());
    }
}
