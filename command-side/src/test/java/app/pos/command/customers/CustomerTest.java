package app.pos.command.customers;

import app.pos.kernel.credit.CheckCredit;
import app.pos.kernel.credit.CreditPaymentReceipt;
import app.pos.kernel.credit.CreditPaymentRecorded;
import app.pos.kernel.credit.CreditTaken;
import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.credit.RecordCreditPayment;
import app.pos.kernel.credit.TakeCredit;
import app.pos.kernel.customers.CustomerDetails;
import app.pos.kernel.customers.CustomerRegistered;
import app.pos.kernel.customers.CustomerRevised;
import app.pos.kernel.customers.CustomerState;
import app.pos.kernel.customers.CustomerStatus;
import app.pos.kernel.customers.RegisterCustomer;
import app.pos.kernel.customers.ReviseCustomer;
import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.Role;
import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.wallet.CheckWallet;
import app.pos.kernel.wallet.PayFromWallet;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static app.pos.command.RuleViolationMatcher.violation;
import static app.pos.command.Snapshots.assertRestoredWhole;
import static app.pos.command.TestClock.CLOCK;
import static app.pos.command.TestClock.NOW;

class CustomerTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final UUID OTHER_BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b002");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000c0001");
    private static final UUID SALE = UUID.fromString("00000000-0000-0000-0000-0000000e0001");
    private static final UUID EARLIER_SALE = UUID.fromString("00000000-0000-0000-0000-0000000e0000");
    private static final UUID PAYMENT = UUID.fromString("00000000-0000-0000-0000-0000000f0001");
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final Actor CASHIER = new Actor(USER, Role.CASHIER);
    private static final Instant EARLIER = Instant.parse("2026-11-01T08:00:00Z");
    private static final CustomerDetails RAMESH = new CustomerDetails("Ramesh Kumar", "+91 98765 43210",
            "ramesh@example.in", "12 MG Road", Money.of("1000.00"));

    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(CLOCK);
    }

    // --- registering and revising ---

    @Test
    void registeringEmitsCustomerRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(CUSTOMER, BUSINESS, RAMESH, CASHIER))
                .expectEvents(new CustomerRegistered(CUSTOMER, BUSINESS, RAMESH, NOW))
                .expectResultMessagePayload(new CustomerState(CUSTOMER, BUSINESS, RAMESH, Money.ZERO, Money.ZERO,
                        CustomerStatus.ACTIVE, NOW));
    }

    @Test
    void customerWithoutACreditLimitGetsNoCredit() {
        CustomerDetails noLimit = new CustomerDetails(" Sita ", null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(CUSTOMER, BUSINESS, noLimit, CASHIER))
                .expectEvents(new CustomerRegistered(CUSTOMER, BUSINESS,
                        new CustomerDetails("Sita", null, null, null, Money.ZERO), NOW));
    }

    @Test
    void repeatedRegistrationChangesNothingAndAnswersWithTheCustomerAsTheyAre() {
        fixture.given(registered(), owing("300.00"))
                .when(new RegisterCustomer(CUSTOMER, BUSINESS, new CustomerDetails("Someone else", null, null, null,
                        Money.of("5.00")), CASHIER))
                .expectNoEvents()
                .expectResultMessagePayload(new CustomerState(CUSTOMER, BUSINESS, RAMESH, Money.of("300.00"),
                        Money.ZERO, CustomerStatus.ACTIVE, EARLIER));
    }

    @Test
    void registeringWithAnotherBusinesssCustomerIdIsReportedAsNotFound() {
        fixture.given(registered())
                .when(new RegisterCustomer(CUSTOMER, OTHER_BUSINESS, RAMESH, CASHIER))
                .expectException(violation("CUSTOMER_NOT_FOUND").ofKind(RuleViolation.Kind.NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void customerNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(CUSTOMER, BUSINESS, new CustomerDetails("  ", null, null, null, null),
                        CASHIER))
                .expectException(violation("FIELD_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void customerNeedsDetails() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(CUSTOMER, BUSINESS, null, CASHIER))
                .expectException(violation("FIELD_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void negativeCreditLimitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(CUSTOMER, BUSINESS, new CustomerDetails("Sita", null, null, null,
                        Money.of("-1.00")), CASHIER))
                .expectException(violation("INVALID_CREDIT_LIMIT"))
                .expectNoEvents();
    }

    @Test
    void revisionRecordsTheNewDetailsAndStatus() {
        CustomerDetails revised = new CustomerDetails("Ramesh Kumar", "+91 90000 00000", null, null,
                Money.of("2000.00"));
        fixture.given(registered())
                .when(new ReviseCustomer(CUSTOMER, BUSINESS, revised, CustomerStatus.BLOCKED, CASHIER))
                .expectEvents(new CustomerRevised(CUSTOMER, BUSINESS, revised, CustomerStatus.BLOCKED, NOW))
                .expectResultMessagePayload(new CustomerState(CUSTOMER, BUSINESS, revised, Money.ZERO, Money.ZERO,
                        CustomerStatus.BLOCKED, EARLIER));
    }

    @Test
    void revisionWithoutAStatusKeepsTheCurrentOne() {
        fixture.given(registered(), revisedTo(CustomerStatus.INACTIVE))
                .when(new ReviseCustomer(CUSTOMER, BUSINESS, RAMESH, null, CASHIER))
                .expectEvents(new CustomerRevised(CUSTOMER, BUSINESS, RAMESH, CustomerStatus.INACTIVE, NOW));
    }

    @Test
    void revisingAnotherBusinesssCustomerIsReportedAsNotFound() {
        fixture.given(registered())
                .when(new ReviseCustomer(CUSTOMER, OTHER_BUSINESS, RAMESH, null, CASHIER))
                .expectException(violation("CUSTOMER_NOT_FOUND"))
                .expectNoEvents();
    }

    // --- udhaar taken ---

    @Test
    void creditWithinTheLimitIsTakenWithBalanceBeforeAndAfter() {
        fixture.given(registered(), owing("300.00"))
                .when(new TakeCredit(CUSTOMER, BUSINESS, SALE, "BILL-2026-000002", Money.of("200.00"), CASHIER))
                .expectEvents(new CreditTaken(creditTransactionId(SALE), CUSTOMER, BUSINESS, SALE,
                        "BILL-2026-000002", Money.of("200.00"), Money.of("300.00"), Money.of("500.00"), USER, NOW));
    }

    @Test
    void creditUpToExactlyTheLimitIsAllowed() {
        fixture.given(registered(), owing("300.00"))
                .when(new TakeCredit(CUSTOMER, BUSINESS, SALE, "BILL-2026-000002", Money.of("700.00"), CASHIER))
                .expectEvents(new CreditTaken(creditTransactionId(SALE), CUSTOMER, BUSINESS, SALE,
                        "BILL-2026-000002", Money.of("700.00"), Money.of("300.00"), Money.of("1000.00"), USER, NOW));
    }

    @Test
    void creditBeyondLimitIsRefused() {
        fixture.given(registered(), owing("300.00"))
                .when(new TakeCredit(CUSTOMER, BUSINESS, SALE, "BILL-2026-000002", Money.of("700.01"), CASHIER))
                .expectException(violation(CreditLimitPolicy.CREDIT_LIMIT_EXCEEDED)
                        .ofKind(RuleViolation.Kind.CONFLICT)
                        .withDetail("available", Money.of("700.00")))
                .expectNoEvents();
    }

    @Test
    void blockedCustomerCannotTakeCredit() {
        fixture.given(registered(), revisedTo(CustomerStatus.BLOCKED))
                .when(new TakeCredit(CUSTOMER, BUSINESS, SALE, "BILL-2026-000002", Money.of("10.00"), CASHIER))
                .expectException(violation("CUSTOMER_NOT_ACTIVE").ofKind(RuleViolation.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void inactiveCustomerCannotTakeCredit() {
        fixture.given(registered(), revisedTo(CustomerStatus.INACTIVE))
                .when(new TakeCredit(CUSTOMER, BUSINESS, SALE, "BILL-2026-000002", Money.of("10.00"), CASHIER))
                .expectException(violation("CUSTOMER_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void creditOfNothingIsRefused() {
        fixture.given(registered())
                .when(new TakeCredit(CUSTOMER, BUSINESS, SALE, "BILL-2026-000002", Money.ZERO, CASHIER))
                .expectException(violation("INVALID_AMOUNT"))
                .expectNoEvents();
    }

    @Test
    void creditForAnotherBusinesssCustomerIsReportedAsNotFound() {
        fixture.given(registered())
                .when(new TakeCredit(CUSTOMER, OTHER_BUSINESS, SALE, "BILL-2026-000002", Money.of("10.00"), CASHIER))
                .expectException(violation("CUSTOMER_NOT_FOUND"))
                .expectNoEvents();
    }

    // --- udhaar paid back ---

    @Test
    void creditPaymentIsRecordedWithBalanceBeforeAndAfter() {
        fixture.given(registered(), owing("500.00"))
                .when(payment(PAYMENT, "200.00", PaymentMethod.UPI))
                .expectEvents(new CreditPaymentRecorded(PAYMENT, CUSTOMER, BUSINESS, Money.of("200.00"),
                        PaymentMethod.UPI, "part payment", Money.of("500.00"), Money.of("300.00"), USER, NOW))
                .expectResultMessagePayload(new CreditPaymentReceipt(PAYMENT, CUSTOMER, "Ramesh Kumar",
                        Money.of("200.00"), PaymentMethod.UPI, "part payment", Money.of("500.00"),
                        Money.of("300.00"), USER, NOW));
    }

    @Test
    void payingEverythingOwedClearsTheBalance() {
        fixture.given(registered(), owing("500.00"))
                .when(payment(PAYMENT, "500.00", PaymentMethod.CASH))
                .expectEvents(new CreditPaymentRecorded(PAYMENT, CUSTOMER, BUSINESS, Money.of("500.00"),
                        PaymentMethod.CASH, "part payment", Money.of("500.00"), Money.ZERO, USER, NOW));
    }

    @Test
    void udhaarPaymentCannotExceedWhatIsOwed() {
        fixture.given(registered(), owing("500.00"))
                .when(payment(PAYMENT, "500.01", PaymentMethod.CASH))
                .expectException(violation("PAYMENT_EXCEEDS_CREDIT_BALANCE").ofKind(RuleViolation.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void customerWhoOwesNothingCannotPayUdhaar() {
        fixture.given(registered())
                .when(payment(PAYMENT, "1.00", PaymentMethod.CASH))
                .expectException(violation("PAYMENT_EXCEEDS_CREDIT_BALANCE"))
                .expectNoEvents();
    }

    @Test
    void udhaarCannotBePaidWithMoreUdhaar() {
        fixture.given(registered(), owing("500.00"))
                .when(payment(PAYMENT, "100.00", PaymentMethod.CREDIT))
                .expectException(violation("INVALID_PAYMENT_METHOD"))
                .expectNoEvents();
    }

    @Test
    void udhaarCannotBePaidFromTheWallet() {
        fixture.given(registered(), owing("500.00"))
                .when(payment(PAYMENT, "100.00", PaymentMethod.WALLET))
                .expectException(violation("INVALID_PAYMENT_METHOD"))
                .expectNoEvents();
    }

    @Test
    void udhaarPaymentNeedsAMethod() {
        fixture.given(registered(), owing("500.00"))
                .when(payment(PAYMENT, "100.00", null))
                .expectException(violation("INVALID_PAYMENT_METHOD"))
                .expectNoEvents();
    }

    @Test
    void udhaarPaymentOfZeroIsRefused() {
        fixture.given(registered(), owing("500.00"))
                .when(payment(PAYMENT, "0.00", PaymentMethod.CASH))
                .expectException(violation("INVALID_AMOUNT"))
                .expectNoEvents();
    }

    @Test
    void negativeUdhaarPaymentIsRefused() {
        fixture.given(registered(), owing("500.00"))
                .when(payment(PAYMENT, "-50.00", PaymentMethod.CASH))
                .expectException(violation("INVALID_AMOUNT"))
                .expectNoEvents();
    }

    @Test
    void udhaarPaymentWithoutAnAmountIsRefused() {
        fixture.given(registered(), owing("500.00"))
                .when(new RecordCreditPayment(CUSTOMER, BUSINESS, PAYMENT, null, PaymentMethod.CASH, null, CASHIER))
                .expectException(violation("INVALID_AMOUNT"))
                .expectNoEvents();
    }

    @Test
    void retriedCreditPaymentIsRecordedOnce() {
        fixture.given(registered(), owing("500.00"), paid(PAYMENT, "200.00", "500.00", "300.00"))
                .when(payment(PAYMENT, "200.00", PaymentMethod.UPI))
                .expectNoEvents()
                .expectResultMessagePayload(new CreditPaymentReceipt(PAYMENT, CUSTOMER, "Ramesh Kumar",
                        Money.of("200.00"), PaymentMethod.UPI, "part payment", Money.of("500.00"),
                        Money.of("300.00"), USER, EARLIER));
    }

    @Test
    void retriedCreditPaymentIsRecordedOnceEvenWhenItWouldNowExceedTheBalance() {
        fixture.given(registered(), owing("500.00"), paid(PAYMENT, "500.00", "500.00", "0.00"))
                .when(payment(PAYMENT, "500.00", PaymentMethod.UPI))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aNewPaymentIdIsANewPayment() {
        UUID second = UUID.fromString("00000000-0000-0000-0000-0000000f0002");
        fixture.given(registered(), owing("500.00"), paid(PAYMENT, "200.00", "500.00", "300.00"))
                .when(payment(second, "200.00", PaymentMethod.UPI))
                .expectEvents(new CreditPaymentRecorded(second, CUSTOMER, BUSINESS, Money.of("200.00"),
                        PaymentMethod.UPI, "part payment", Money.of("300.00"), Money.of("100.00"), USER, NOW));
    }

    @Test
    void payingAnotherBusinesssCustomerIsReportedAsNotFound() {
        fixture.given(registered(), owing("500.00"))
                .when(new RecordCreditPayment(CUSTOMER, OTHER_BUSINESS, PAYMENT, Money.of("1.00"), PaymentMethod.CASH,
                        null, CASHIER))
                .expectException(violation("CUSTOMER_NOT_FOUND"))
                .expectNoEvents();
    }

    // --- asked before a bill waits for approval ---

    @Test
    void aBillCannotWaitForUdhaarBeyondTheLimit() {
        fixture.given(registered(), owing("300.00"))
                .when(new CheckCredit(CUSTOMER, BUSINESS, Money.of("700.01")))
                .expectException(violation(CreditLimitPolicy.CREDIT_LIMIT_EXCEEDED)
                        .ofKind(RuleViolation.Kind.CONFLICT)
                        .withDetail("available", Money.of("700.00")))
                .expectNoEvents();
    }

    @Test
    void askingForUdhaarWithinTheLimitTakesNothing() {
        fixture.given(registered(), owing("300.00"))
                .when(new CheckCredit(CUSTOMER, BUSINESS, Money.of("700.00")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBlockedCustomersBillCannotWaitForUdhaar() {
        fixture.given(registered(), revisedTo(CustomerStatus.BLOCKED))
                .when(new CheckCredit(CUSTOMER, BUSINESS, Money.of("10.00")))
                .expectException(violation("CUSTOMER_NOT_ACTIVE").ofKind(RuleViolation.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aBillCannotWaitForMoreThanTheWalletHolds() {
        fixture.given(registered())
                .when(new CheckWallet(CUSTOMER, BUSINESS, Money.of("0.01")))
                .expectException(violation("INSUFFICIENT_WALLET_BALANCE").ofKind(RuleViolation.Kind.CONFLICT))
                .expectNoEvents();
    }

    // --- wallet ---

    @Test
    void walletPaymentBeyondItsBalanceIsRefused() {
        fixture.given(registered())
                .when(new PayFromWallet(CUSTOMER, BUSINESS, SALE, Money.of("0.01"), CASHIER))
                .expectException(violation("INSUFFICIENT_WALLET_BALANCE").ofKind(RuleViolation.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void walletPaymentOfNothingIsRefused() {
        fixture.given(registered())
                .when(new PayFromWallet(CUSTOMER, BUSINESS, SALE, Money.ZERO, CASHIER))
                .expectException(violation("INVALID_AMOUNT"))
                .expectNoEvents();
    }

    @Test
    void walletPaymentForAnotherBusinesssCustomerIsReportedAsNotFound() {
        fixture.given(registered())
                .when(new PayFromWallet(CUSTOMER, OTHER_BUSINESS, SALE, Money.of("1.00"), CASHIER))
                .expectException(violation("CUSTOMER_NOT_FOUND"))
                .expectNoEvents();
    }

    // --- helpers ---

    @Test
    void aSnapshotRestoresTheCustomerWithThePaymentsAlreadyRecorded() {
        fixture.given(registered(), owing("300.00"), paid(PAYMENT, "100.00", "300.00", "200.00"))
                .when(payment(PAYMENT, "100.00", PaymentMethod.UPI))
                .expectNoEvents()
                .expectState(customer -> assertRestoredWhole(customer));
    }

    private static RecordCreditPayment payment(UUID paymentId, String amount, PaymentMethod method) {
        return new RecordCreditPayment(CUSTOMER, BUSINESS, paymentId, Money.of(amount), method, "part payment",
                CASHIER);
    }

    private static CustomerRegistered registered() {
        return new CustomerRegistered(CUSTOMER, BUSINESS, RAMESH, EARLIER);
    }

    private static CustomerRevised revisedTo(CustomerStatus status) {
        return new CustomerRevised(CUSTOMER, BUSINESS, RAMESH, status, EARLIER);
    }

    private static CreditTaken owing(String amount) {
        return new CreditTaken(creditTransactionId(EARLIER_SALE), CUSTOMER, BUSINESS, EARLIER_SALE,
                "BILL-2026-000001", Money.of(amount), Money.ZERO, Money.of(amount), USER, EARLIER);
    }

    private static CreditPaymentRecorded paid(UUID paymentId, String amount, String before, String after) {
        return new CreditPaymentRecorded(paymentId, CUSTOMER, BUSINESS, Money.of(amount), PaymentMethod.UPI,
                "part payment", Money.of(before), Money.of(after), USER, EARLIER);
    }

    /** The credit transaction of a sale has an id derived from the sale, so a replay names it the same. */
    private static UUID creditTransactionId(UUID saleId) {
        return UUID.nameUUIDFromBytes(("credit:" + saleId).getBytes(StandardCharsets.UTF_8));
    }
}
