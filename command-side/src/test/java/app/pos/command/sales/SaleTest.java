package app.pos.command.sales;

import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.Role;
import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.BillApproved;
import app.pos.kernel.sales.BillLine;
import app.pos.kernel.sales.BillOutcome;
import app.pos.kernel.sales.BillRejected;
import app.pos.kernel.sales.BillSubmittedForApproval;
import app.pos.kernel.sales.Cart;
import app.pos.kernel.sales.CartLine;
import app.pos.kernel.sales.ConfirmBillApproval;
import app.pos.kernel.sales.DraftBillRevised;
import app.pos.kernel.sales.OpenBill;
import app.pos.kernel.sales.PaymentStatus;
import app.pos.kernel.sales.PricedLine;
import app.pos.kernel.sales.RejectBill;
import app.pos.kernel.sales.RepriceDraft;
import app.pos.kernel.sales.SaleCompleted;
import app.pos.kernel.sales.SaleStatus;
import app.pos.kernel.sales.SubmitBill;
import app.pos.kernel.sales.Tender;
import app.pos.kernel.stock.Quantity;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static app.pos.command.RuleViolationMatcher.violation;
import static app.pos.command.TestClock.CLOCK;
import static app.pos.command.TestClock.NOW;
import static app.pos.kernel.credit.PaymentMethod.CASH;
import static app.pos.kernel.credit.PaymentMethod.CREDIT;
import static app.pos.kernel.credit.PaymentMethod.UPI;
import static app.pos.kernel.credit.PaymentMethod.WALLET;

class SaleTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final UUID OTHER_BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b002");
    private static final UUID SALE = UUID.fromString("00000000-0000-0000-0000-0000000e0001");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000c0001");
    private static final UUID PRODUCT_A = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final UUID PRODUCT_B = UUID.fromString("00000000-0000-0000-0000-00000000a002");
    private static final Actor CASHIER = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d001"),
            Role.CASHIER);
    private static final Actor OTHER_CASHIER = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d002"),
            Role.CASHIER);
    private static final Actor STAFF = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d003"),
            Role.STAFF);
    private static final Actor MANAGER = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d004"),
            Role.MANAGER);
    private static final Actor OWNER = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d005"),
            Role.OWNER);
    private static final String BILL_NO = "BILL-2026-000001";
    private static final String NOTES = "seed 001";
    private static final Instant EARLIER = Instant.parse("2026-11-20T09:15:00Z");
    private static final BigDecimal FIVE = new BigDecimal("5");
    private static final Money THRESHOLD = Money.of("50.00");

    /** Seed 001's cart: product A 22.00 × 2, product B 12.00 × 5 less 2.00 a unit, both at 5 % tax. */
    private static final List<PricedLine> SEED_LINES = List.of(
            new PricedLine(PRODUCT_A, "Atta 1kg", Quantity.of(2), Money.of("22.00"), Money.ZERO, FIVE),
            new PricedLine(PRODUCT_B, "Lux Soap", Quantity.of(5), Money.of("12.00"), Money.of("2.00"), FIVE));
    private static final List<CartLine> SEED_CART_LINES = List.of(
            new CartLine(PRODUCT_A, Quantity.of(2), Money.ZERO),
            new CartLine(PRODUCT_B, Quantity.of(5), Money.of("2.00")));
    private static final List<BillLine> SEED_BILL_LINES = List.of(
            new BillLine(PRODUCT_A, "Atta 1kg", Quantity.of(2), Money.of("22.00"), Money.of("0.00"), FIVE,
                    Money.of("44.00")),
            new BillLine(PRODUCT_B, "Lux Soap", Quantity.of(5), Money.of("12.00"), Money.of("2.00"), FIVE,
                    Money.of("50.00")));

    /** A smaller cart for revised drafts: product A 22.00 × 2 at 5 % comes to 46.20. */
    private static final List<PricedLine> SMALL_LINES = List.of(
            new PricedLine(PRODUCT_A, "Atta 1kg", Quantity.of(2), Money.of("22.00"), Money.ZERO, FIVE));
    private static final List<BillLine> SMALL_BILL_LINES = List.of(
            new BillLine(PRODUCT_A, "Atta 1kg", Quantity.of(2), Money.of("22.00"), Money.ZERO, FIVE,
                    Money.of("44.00")));

    private FixtureConfiguration<Sale> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sale.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Nested
    class RingingUpABill {

        @Test
        void seed001WorkedExampleComesTo98_70WithChange1_30() {
            Bill expected = new Bill(BILL_NO, null, List.of(
                    new BillLine(PRODUCT_A, "Atta 1kg", Quantity.of(2), Money.of("22.00"), Money.of("0.00"), FIVE,
                            Money.of("44.00")),
                    new BillLine(PRODUCT_B, "Lux Soap", Quantity.of(5), Money.of("12.00"), Money.of("2.00"), FIVE,
                            Money.of("50.00"))),
                    Money.of("104.00"), Money.of("10.00"), Money.of("4.70"), Money.of("98.70"),
                    List.of(new Tender(CASH, Money.of("100.00"))),
                    Money.of("100.00"), Money.of("1.30"), Money.of("0.00"), Money.of("0.00"), PaymentStatus.PAID,
                    NOTES, CASHIER.userId(), Role.CASHIER, NOW);

            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CASH, "100.00")), null, CASHIER))
                    .expectEvents(new SaleCompleted(SALE, BUSINESS, expected, NOW));
        }

        @Test
        void splitTenderOfUpiAndCashPaysTheBill() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(UPI, "48.70"), tender(CASH, "50.00")), null, CASHIER))
                    .expectEvents(completedNow(seedBill()
                            .payments(tender(UPI, "48.70"), tender(CASH, "50.00"))
                            .paid("98.70")));
        }

        @Test
        void cashInASplitTenderMayBeOverpaidAndGivenBackAsChange() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(UPI, "50.00"), tender(CASH, "50.00")), null, CASHIER))
                    .expectEvents(completedNow(seedBill()
                            .payments(tender(UPI, "50.00"), tender(CASH, "50.00"))
                            .paid("100.00").change("1.30")));
        }

        @Test
        void remainderOnCreditPutsWhatIsUnpaidOnTheCustomersUdhaar() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(CUSTOMER, true, tender(CASH, "50.00")), null, CASHIER))
                    .expectEvents(completedNow(seedBill().customer(CUSTOMER)
                            .payments(tender(CASH, "50.00"), tender(CREDIT, "48.70"))
                            .paid("50.00").credit("48.70").status(PaymentStatus.PARTIAL)));
        }

        @Test
        void remainderOnCreditAddsNoUdhaarWhenTheTendersCoverTheBill() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(CUSTOMER, true, tender(CASH, "100.00")), null, CASHIER))
                    .expectEvents(completedNow(seedBill().customer(CUSTOMER)
                            .payments(tender(CASH, "100.00"))
                            .paid("100.00").change("1.30")));
        }

        @Test
        void billWithNothingPaidGoesEntirelyOnCredit() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(CUSTOMER, true), null, CASHIER))
                    .expectEvents(completedNow(seedBill().customer(CUSTOMER)
                            .payments(tender(CREDIT, "98.70"))
                            .credit("98.70").status(PaymentStatus.CREDIT)));
        }

        @Test
        void explicitCreditTenderForTheWholeBillIsACreditSale() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(CUSTOMER, false, tender(CREDIT, "98.70")), null, CASHIER))
                    .expectEvents(completedNow(seedBill().customer(CUSTOMER)
                            .payments(tender(CREDIT, "98.70"))
                            .credit("98.70").status(PaymentStatus.CREDIT)));
        }

        @Test
        void explicitCreditTenderForPartOfTheBillIsAPartialPayment() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(CUSTOMER, false, tender(CASH, "48.70"), tender(CREDIT, "50.00")), null, CASHIER))
                    .expectEvents(completedNow(seedBill().customer(CUSTOMER)
                            .payments(tender(CASH, "48.70"), tender(CREDIT, "50.00"))
                            .paid("48.70").credit("50.00").status(PaymentStatus.PARTIAL)));
        }

        @Test
        void customersWalletCanPayTheBill() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(CUSTOMER, false, tender(WALLET, "98.70")), null, CASHIER))
                    .expectEvents(completedNow(seedBill().customer(CUSTOMER)
                            .payments(tender(WALLET, "98.70"))
                            .paid("98.70").wallet("98.70")));
        }

        @Test
        void taxIsRoundedOnceOnTheWholeBillNotPerLine() {
            UUID toffee = UUID.fromString("00000000-0000-0000-0000-00000000a003");
            List<PricedLine> lines = List.of(
                    new PricedLine(PRODUCT_A, "Toffee", Quantity.of(1), Money.of("0.50"), Money.ZERO, FIVE),
                    new PricedLine(toffee, "Mint", Quantity.of(1), Money.of("0.50"), Money.ZERO, FIVE));
            OpenBill open = new OpenBill(SALE, BUSINESS, BILL_NO, cart(null, false, tender(CASH, "1.05")), lines,
                    null, CASHIER);
            fixture.givenNoPriorActivity()
                    .when(open)
                    .expectEvents(completedNow(new ExpectedBill()
                            .lines(new BillLine(PRODUCT_A, "Toffee", Quantity.of(1), Money.of("0.50"), Money.ZERO,
                                            FIVE, Money.of("0.50")),
                                    new BillLine(toffee, "Mint", Quantity.of(1), Money.of("0.50"), Money.ZERO, FIVE,
                                            Money.of("0.50")))
                            .totals("1.00", "0.00", "0.05", "1.05")
                            .payments(tender(CASH, "1.05")).paid("1.05")));
        }

        @Test
        void discountAsLargeAsThePriceGivesTheItemAway() {
            List<PricedLine> lines = List.of(SEED_LINES.get(0),
                    new PricedLine(PRODUCT_B, "Lux Soap", Quantity.of(5), Money.of("12.00"), Money.of("12.00"), FIVE));
            OpenBill open = new OpenBill(SALE, BUSINESS, BILL_NO, cart(null, false, tender(CASH, "46.20")), lines,
                    null, CASHIER);
            fixture.givenNoPriorActivity()
                    .when(open)
                    .expectEvents(completedNow(new ExpectedBill()
                            .lines(SEED_BILL_LINES.get(0),
                                    new BillLine(PRODUCT_B, "Lux Soap", Quantity.of(5), Money.of("12.00"),
                                            Money.of("12.00"), FIVE, Money.ZERO))
                            .totals("104.00", "60.00", "2.20", "46.20")
                            .payments(tender(CASH, "46.20")).paid("46.20")));
        }

        @Test
        void creditWithoutACustomerIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, true, tender(CASH, "50.00")), null, CASHIER))
                    .expectException(violation("CUSTOMER_REQUIRED_FOR_CREDIT"))
                    .expectNoEvents();
        }

        @Test
        void explicitCreditTenderWithoutACustomerIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CREDIT, "98.70")), null, CASHIER))
                    .expectException(violation("CUSTOMER_REQUIRED_FOR_CREDIT"))
                    .expectNoEvents();
        }

        @Test
        void walletWithoutACustomerIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(WALLET, "98.70")), null, CASHIER))
                    .expectException(violation("CUSTOMER_REQUIRED_FOR_WALLET"))
                    .expectNoEvents();
        }

        @Test
        void shortPaymentIsRefusedWithTheShortfall() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CASH, "50.00")), null, CASHIER))
                    .expectException(violation("PAYMENT_SHORTFALL")
                            .withDetail("totalAmount", Money.of("98.70"))
                            .withDetail("covered", Money.of("50.00"))
                            .withDetail("shortfall", Money.of("48.70")))
                    .expectNoEvents();
        }

        @Test
        void billWithoutAnyPaymentIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(CUSTOMER, false), null, CASHIER))
                    .expectException(violation("PAYMENT_SHORTFALL"))
                    .expectNoEvents();
        }

        @Test
        void overpayingByUpiIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(UPI, "100.00")), null, CASHIER))
                    .expectException(violation("OVERPAYMENT"))
                    .expectNoEvents();
        }

        @Test
        void changeCannotExceedTheCashHandedOver() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CASH, "1.00"), tender(UPI, "99.00")), null, CASHIER))
                    .expectException(violation("OVERPAYMENT"))
                    .expectNoEvents();
        }

        @Test
        void changeIsNeverGivenOnABillWithUdhaar() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(CUSTOMER, false, tender(CASH, "100.00"), tender(CREDIT, "10.00")), null,
                            CASHIER))
                    .expectException(violation("OVERPAYMENT"))
                    .expectNoEvents();
        }

        @Test
        void paymentOfNothingIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CASH, "0.00"), tender(UPI, "98.70")), null, CASHIER))
                    .expectException(violation("INVALID_AMOUNT"))
                    .expectNoEvents();
        }

        @Test
        void paymentWithoutAMethodIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, new Tender(null, Money.of("98.70"))), null, CASHIER))
                    .expectException(violation("INVALID_PAYMENT_METHOD"))
                    .expectNoEvents();
        }

        @Test
        void discountAbovePriceIsRefused() {
            List<PricedLine> lines = List.of(
                    new PricedLine(PRODUCT_B, "Lux Soap", Quantity.of(5), Money.of("12.00"), Money.of("12.01"), FIVE));
            fixture.givenNoPriorActivity()
                    .when(new OpenBill(SALE, BUSINESS, BILL_NO, cart(null, false, tender(CASH, "100.00")), lines,
                            null, CASHIER))
                    .expectException(violation("DISCOUNT_EXCEEDS_PRICE"))
                    .expectNoEvents();
        }

        @Test
        void negativeDiscountIsRefused() {
            List<PricedLine> lines = List.of(
                    new PricedLine(PRODUCT_B, "Lux Soap", Quantity.of(5), Money.of("12.00"), Money.of("-1.00"), FIVE));
            fixture.givenNoPriorActivity()
                    .when(new OpenBill(SALE, BUSINESS, BILL_NO, cart(null, false, tender(CASH, "100.00")), lines,
                            null, CASHIER))
                    .expectException(violation("INVALID_DISCOUNT"))
                    .expectNoEvents();
        }

        @Test
        void lineOfNothingIsRefused() {
            List<PricedLine> lines = List.of(
                    new PricedLine(PRODUCT_B, "Lux Soap", Quantity.ZERO, Money.of("12.00"), Money.ZERO, FIVE));
            fixture.givenNoPriorActivity()
                    .when(new OpenBill(SALE, BUSINESS, BILL_NO, cart(null, false, tender(CASH, "100.00")), lines,
                            null, CASHIER))
                    .expectException(violation("INVALID_QUANTITY"))
                    .expectNoEvents();
        }

        @Test
        void emptyCartIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new OpenBill(SALE, BUSINESS, BILL_NO, cart(null, false, tender(CASH, "100.00")), List.of(),
                            null, CASHIER))
                    .expectException(violation("EMPTY_CART"))
                    .expectNoEvents();
        }

        @Test
        void cartWithoutLinesIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new OpenBill(SALE, BUSINESS, BILL_NO, cart(null, false, tender(CASH, "100.00")), null,
                            null, CASHIER))
                    .expectException(violation("EMPTY_CART"))
                    .expectNoEvents();
        }
    }

    @Nested
    class WaitingForApproval {

        @Test
        void cashierBillOverThresholdWaitsForApproval() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CASH, "100.00")), THRESHOLD, CASHIER))
                    .expectEvents(new BillSubmittedForApproval(SALE, BUSINESS, cashBill(NOW), THRESHOLD, NOW));
        }

        @Test
        void staffBillOverThresholdWaitsForApproval() {
            Bill bill = seedBill().payments(tender(CASH, "100.00")).paid("100.00").change("1.30")
                    .createdBy(STAFF).build();
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CASH, "100.00")), THRESHOLD, STAFF))
                    .expectEvents(new BillSubmittedForApproval(SALE, BUSINESS, bill, THRESHOLD, NOW));
        }

        @Test
        void cashierBillAtThresholdCompletesAtOnce() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CASH, "100.00")), Money.of("98.70"), CASHIER))
                    .expectEvents(new SaleCompleted(SALE, BUSINESS, cashBill(NOW), NOW));
        }

        @Test
        void cashierBillBelowThresholdCompletesAtOnce() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CASH, "100.00")), Money.of("500.00"), CASHIER))
                    .expectEvents(new SaleCompleted(SALE, BUSINESS, cashBill(NOW), NOW));
        }

        @Test
        void ownerBillOverThresholdCompletesAtOnce() {
            Bill bill = seedBill().payments(tender(CASH, "100.00")).paid("100.00").change("1.30")
                    .createdBy(OWNER).build();
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CASH, "100.00")), THRESHOLD, OWNER))
                    .expectEvents(new SaleCompleted(SALE, BUSINESS, bill, NOW));
        }

        @Test
        void managerBillOverThresholdCompletesAtOnce() {
            Bill bill = seedBill().payments(tender(CASH, "100.00")).paid("100.00").change("1.30")
                    .createdBy(MANAGER).build();
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CASH, "100.00")), THRESHOLD, MANAGER))
                    .expectEvents(new SaleCompleted(SALE, BUSINESS, bill, NOW));
        }

        @Test
        void withoutAThresholdNoBillEverWaits() {
            fixture.givenNoPriorActivity()
                    .when(open(cart(null, false, tender(CASH, "100.00")), null, CASHIER))
                    .expectEvents(new SaleCompleted(SALE, BUSINESS, cashBill(NOW), NOW));
        }

        @Test
        void ownerApprovingAPendingBillCompletesIt() {
            fixture.given(pending())
                    .when(new ConfirmBillApproval(SALE, "fine", OWNER))
                    .expectEvents(
                            new BillApproved(SALE, BUSINESS, BILL_NO, OWNER.userId(), "fine", NOW),
                            new SaleCompleted(SALE, BUSINESS, cashBill(EARLIER), NOW))
                    .expectResultMessagePayload(new BillOutcome(SALE, SaleStatus.COMPLETED, cashBill(EARLIER), NOW));
        }

        @Test
        void approvalCompletesTheBillAsItWasLastSubmitted() {
            Bill revised = revisedOverThreshold();
            fixture.given(pending(), rejected(),
                            new DraftBillRevised(SALE, BUSINESS, revised, CASHIER.userId(), EARLIER),
                            new BillSubmittedForApproval(SALE, BUSINESS, revised, THRESHOLD, EARLIER))
                    .when(new ConfirmBillApproval(SALE, null, OWNER))
                    .expectEvents(
                            new BillApproved(SALE, BUSINESS, BILL_NO, OWNER.userId(), null, NOW),
                            new SaleCompleted(SALE, BUSINESS, revised, NOW));
        }

        @Test
        void managerCannotApproveBills() {
            fixture.given(pending())
                    .when(new ConfirmBillApproval(SALE, "fine", MANAGER))
                    .expectException(violation("APPROVER_MUST_BE_OWNER").ofKind(RuleViolation.Kind.FORBIDDEN))
                    .expectNoEvents();
        }

        @Test
        void cashierCannotApproveBills() {
            fixture.given(pending())
                    .when(new ConfirmBillApproval(SALE, "fine", CASHIER))
                    .expectException(violation("APPROVER_MUST_BE_OWNER"))
                    .expectNoEvents();
        }

        @Test
        void completedBillCannotBeApproved() {
            fixture.given(new SaleCompleted(SALE, BUSINESS, cashBill(EARLIER), EARLIER))
                    .when(new ConfirmBillApproval(SALE, "fine", OWNER))
                    .expectException(violation("BILL_NOT_PENDING_APPROVAL").ofKind(RuleViolation.Kind.CONFLICT))
                    .expectNoEvents();
        }

        @Test
        void rejectedBillCannotBeApprovedUntilResubmitted() {
            fixture.given(pending(), rejected())
                    .when(new ConfirmBillApproval(SALE, "fine", OWNER))
                    .expectException(violation("BILL_NOT_PENDING_APPROVAL"))
                    .expectNoEvents();
        }
    }

    @Nested
    class RejectingABill {

        @Test
        void ownerRejectingABillSendsItBackToDraft() {
            fixture.given(pending())
                    .when(new RejectBill(SALE, BUSINESS, "  Discount on soap is too high  ", OWNER))
                    .expectEvents(new BillRejected(SALE, BUSINESS, BILL_NO, OWNER.userId(),
                            "Discount on soap is too high", NOW))
                    .expectResultMessagePayload(new BillOutcome(SALE, SaleStatus.DRAFT, cashBill(EARLIER), NOW));
        }

        @Test
        void rejectionNeedsNotes() {
            fixture.given(pending())
                    .when(new RejectBill(SALE, BUSINESS, "   ", OWNER))
                    .expectException(violation("FIELD_REQUIRED"))
                    .expectNoEvents();
        }

        @Test
        void managerCannotRejectBills() {
            fixture.given(pending())
                    .when(new RejectBill(SALE, BUSINESS, "Too much", MANAGER))
                    .expectException(violation("APPROVER_MUST_BE_OWNER"))
                    .expectNoEvents();
        }

        @Test
        void completedBillCannotBeRejected() {
            fixture.given(new SaleCompleted(SALE, BUSINESS, cashBill(EARLIER), EARLIER))
                    .when(new RejectBill(SALE, BUSINESS, "Too much", OWNER))
                    .expectException(violation("BILL_NOT_PENDING_APPROVAL"))
                    .expectNoEvents();
        }

        @Test
        void rejectingAnotherBusinesssBillIsReportedAsNotFound() {
            fixture.given(pending())
                    .when(new RejectBill(SALE, OTHER_BUSINESS, "Too much", OWNER))
                    .expectException(violation("SALE_NOT_FOUND").ofKind(RuleViolation.Kind.NOT_FOUND))
                    .expectNoEvents();
        }
    }

    @Nested
    class EditingADraft {

        @Test
        void cashierWhoRangItUpRepricesTheRejectedBill() {
            Bill revised = revisedUnderThreshold();
            fixture.given(pending(), rejected())
                    .when(new RepriceDraft(SALE, smallCart(), SMALL_LINES, CASHIER))
                    .expectEvents(new DraftBillRevised(SALE, BUSINESS, revised, CASHIER.userId(), NOW))
                    .expectResultMessagePayload(new BillOutcome(SALE, SaleStatus.DRAFT, revised, NOW));
        }

        @Test
        void managerMayRepriceACashiersDraftWhichStaysTheCashiers() {
            fixture.given(pending(), rejected())
                    .when(new RepriceDraft(SALE, smallCart(), SMALL_LINES, MANAGER))
                    .expectEvents(new DraftBillRevised(SALE, BUSINESS, revisedUnderThreshold(), MANAGER.userId(),
                            NOW));
        }

        @Test
        void ownerMayRepriceACashiersDraft() {
            fixture.given(pending(), rejected())
                    .when(new RepriceDraft(SALE, smallCart(), SMALL_LINES, OWNER))
                    .expectEvents(new DraftBillRevised(SALE, BUSINESS, revisedUnderThreshold(), OWNER.userId(), NOW));
        }

        @Test
        void anotherCashierCannotRepriceTheDraft() {
            fixture.given(pending(), rejected())
                    .when(new RepriceDraft(SALE, smallCart(), SMALL_LINES, OTHER_CASHIER))
                    .expectException(violation("NOT_ALLOWED").ofKind(RuleViolation.Kind.FORBIDDEN))
                    .expectNoEvents();
        }

        @Test
        void pendingBillCannotBeRepriced() {
            fixture.given(pending())
                    .when(new RepriceDraft(SALE, smallCart(), SMALL_LINES, CASHIER))
                    .expectException(violation("BILL_NOT_DRAFT").ofKind(RuleViolation.Kind.CONFLICT))
                    .expectNoEvents();
        }

        @Test
        void completedBillCannotBeRepriced() {
            fixture.given(new SaleCompleted(SALE, BUSINESS, cashBill(EARLIER), EARLIER))
                    .when(new RepriceDraft(SALE, smallCart(), SMALL_LINES, OWNER))
                    .expectException(violation("BILL_NOT_DRAFT"))
                    .expectNoEvents();
        }

        @Test
        void repricedDraftMustStillBePaidInFull() {
            Cart underpaid = new Cart(null, List.of(SEED_CART_LINES.get(0)), List.of(tender(CASH, "40.00")), false,
                    NOTES);
            fixture.given(pending(), rejected())
                    .when(new RepriceDraft(SALE, underpaid, SMALL_LINES, CASHIER))
                    .expectException(violation("PAYMENT_SHORTFALL"))
                    .expectNoEvents();
        }

        @Test
        void draftStillOverThresholdGoesBackForApproval() {
            fixture.given(pending(), rejected())
                    .when(new SubmitBill(SALE, THRESHOLD, CASHIER))
                    .expectEvents(new BillSubmittedForApproval(SALE, BUSINESS, cashBill(EARLIER), THRESHOLD, NOW))
                    .expectResultMessagePayload(
                            new BillOutcome(SALE, SaleStatus.PENDING_APPROVAL, cashBill(EARLIER), NOW));
        }

        @Test
        void draftRevisedUnderThresholdCompletesWhenSubmitted() {
            Bill revised = revisedUnderThreshold();
            fixture.given(pending(), rejected(),
                            new DraftBillRevised(SALE, BUSINESS, revised, CASHIER.userId(), EARLIER))
                    .when(new SubmitBill(SALE, THRESHOLD, CASHIER))
                    .expectEvents(new SaleCompleted(SALE, BUSINESS, revised, NOW))
                    .expectResultMessagePayload(new BillOutcome(SALE, SaleStatus.COMPLETED, revised, NOW));
        }

        @Test
        void draftRevisedButStillOverThresholdGoesBackForApproval() {
            Bill revised = revisedOverThreshold();
            fixture.given(pending(), rejected(),
                            new DraftBillRevised(SALE, BUSINESS, revised, CASHIER.userId(), EARLIER))
                    .when(new SubmitBill(SALE, THRESHOLD, CASHIER))
                    .expectEvents(new BillSubmittedForApproval(SALE, BUSINESS, revised, THRESHOLD, NOW));
        }

        @Test
        void draftIsJudgedByWhoRangItUpNotByWhoSubmitsIt() {
            fixture.given(pending(), rejected())
                    .when(new SubmitBill(SALE, THRESHOLD, MANAGER))
                    .expectEvents(new BillSubmittedForApproval(SALE, BUSINESS, cashBill(EARLIER), THRESHOLD, NOW));
        }

        @Test
        void draftSubmittedUnderTheStoresCurrentThresholdCompletes() {
            fixture.given(pending(), rejected())
                    .when(new SubmitBill(SALE, Money.of("100.00"), CASHIER))
                    .expectEvents(new SaleCompleted(SALE, BUSINESS, cashBill(EARLIER), NOW));
        }

        @Test
        void anotherCashierCannotSubmitTheDraft() {
            fixture.given(pending(), rejected())
                    .when(new SubmitBill(SALE, THRESHOLD, OTHER_CASHIER))
                    .expectException(violation("NOT_ALLOWED"))
                    .expectNoEvents();
        }

        @Test
        void pendingBillCannotBeSubmittedAgain() {
            fixture.given(pending())
                    .when(new SubmitBill(SALE, THRESHOLD, CASHIER))
                    .expectException(violation("BILL_NOT_DRAFT"))
                    .expectNoEvents();
        }
    }

    // --- helpers ---

    private static OpenBill open(Cart cart, Money threshold, Actor actor) {
        return new OpenBill(SALE, BUSINESS, BILL_NO, cart, SEED_LINES, threshold, actor);
    }

    private static Cart cart(UUID customer, boolean remainderOnCredit, Tender... tenders) {
        return new Cart(customer, SEED_CART_LINES, List.of(tenders), remainderOnCredit, NOTES);
    }

    private static Cart smallCart() {
        return new Cart(null, List.of(SEED_CART_LINES.get(0)), List.of(tender(CASH, "46.20")), false, NOTES);
    }

    private static Tender tender(PaymentMethod method, String amount) {
        return new Tender(method, Money.of(amount));
    }

    private static SaleCompleted completedNow(ExpectedBill bill) {
        return new SaleCompleted(SALE, BUSINESS, bill.build(), NOW);
    }

    private static ExpectedBill seedBill() {
        return new ExpectedBill();
    }

    /** Seed 001 rung up by the cashier and paid with 100.00 cash. */
    private static Bill cashBill(Instant createdAt) {
        return seedBill().payments(tender(CASH, "100.00")).paid("100.00").change("1.30").createdAt(createdAt)
                .build();
    }

    private static BillSubmittedForApproval pending() {
        return new BillSubmittedForApproval(SALE, BUSINESS, cashBill(EARLIER), THRESHOLD, EARLIER);
    }

    private static BillRejected rejected() {
        return new BillRejected(SALE, BUSINESS, BILL_NO, OWNER.userId(), "Check the soap discount", EARLIER);
    }

    /** The rejected bill cut down to product A only: 44.00 + 2.20 tax = 46.20, under the threshold. */
    private static Bill revisedUnderThreshold() {
        return new ExpectedBill().lines(SMALL_BILL_LINES.toArray(BillLine[]::new))
                .totals("44.00", "0.00", "2.20", "46.20")
                .payments(tender(CASH, "46.20")).paid("46.20").createdAt(EARLIER).build();
    }

    /** Product A × 2 and one soap: 56.00 − 2.00 + 2.70 tax = 56.70, still over the threshold. */
    private static Bill revisedOverThreshold() {
        return new ExpectedBill()
                .lines(SEED_BILL_LINES.get(0), new BillLine(PRODUCT_B, "Lux Soap", Quantity.of(1), Money.of("12.00"),
                        Money.of("2.00"), FIVE, Money.of("10.00")))
                .totals("56.00", "2.00", "2.70", "56.70")
                .payments(tender(CASH, "56.70")).paid("56.70").createdAt(EARLIER).build();
    }

    /** The bill a test expects, seed 001's by default; only what a test changes needs saying. */
    private static final class ExpectedBill {
        private UUID customer;
        private List<BillLine> lines = SEED_BILL_LINES;
        private String subtotal = "104.00";
        private String discount = "10.00";
        private String tax = "4.70";
        private String total = "98.70";
        private List<Tender> payments = List.of();
        private String paid = "0.00";
        private String change = "0.00";
        private String credit = "0.00";
        private String wallet = "0.00";
        private PaymentStatus status = PaymentStatus.PAID;
        private Actor createdBy = CASHIER;
        private Instant createdAt = NOW;

        ExpectedBill customer(UUID value) {
            customer = value;
            return this;
        }

        ExpectedBill lines(BillLine... value) {
            lines = List.of(value);
            return this;
        }

        ExpectedBill totals(String subtotalAmount, String discountAmount, String taxAmount, String totalAmount) {
            subtotal = subtotalAmount;
            discount = discountAmount;
            tax = taxAmount;
            total = totalAmount;
            return this;
        }

        ExpectedBill payments(Tender... value) {
            payments = List.of(value);
            return this;
        }

        ExpectedBill paid(String value) {
            paid = value;
            return this;
        }

        ExpectedBill change(String value) {
            change = value;
            return this;
        }

        ExpectedBill credit(String value) {
            credit = value;
            return this;
        }

        ExpectedBill wallet(String value) {
            wallet = value;
            return this;
        }

        ExpectedBill status(PaymentStatus value) {
            status = value;
            return this;
        }

        ExpectedBill createdBy(Actor value) {
            createdBy = value;
            return this;
        }

        ExpectedBill createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        Bill build() {
            return new Bill(BILL_NO, customer, lines, Money.of(subtotal), Money.of(discount), Money.of(tax),
                    Money.of(total), payments, Money.of(paid), Money.of(change), Money.of(credit), Money.of(wallet),
                    status, NOTES, createdBy.userId(), createdBy.role(), createdAt);
        }
    }
}
