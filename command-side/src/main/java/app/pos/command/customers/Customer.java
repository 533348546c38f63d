package app.pos.command.customers;

import app.pos.command.shared.AggregateSnapshot;
import app.pos.command.shared.Rules;
import app.pos.kernel.credit.CheckCredit;
import app.pos.kernel.credit.CreditPaymentReceipt;
import app.pos.kernel.credit.CreditPaymentRecorded;
import app.pos.kernel.credit.CreditTaken;
import app.pos.kernel.credit.RecordCreditPayment;
import app.pos.kernel.credit.TakeCredit;
import app.pos.kernel.customers.CustomerDetails;
import app.pos.kernel.customers.CustomerRegistered;
import app.pos.kernel.customers.CustomerRevised;
import app.pos.kernel.customers.CustomerState;
import app.pos.kernel.customers.CustomerStatus;
import app.pos.kernel.customers.RegisterCustomer;
import app.pos.kernel.customers.ReviseCustomer;
import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation.Kind;
import app.pos.kernel.wallet.CheckWallet;
import app.pos.kernel.wallet.PayFromWallet;
import app.pos.kernel.wallet.WalletDebited;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A customer of the store and the money between them: udhaar owed and prepaid wallet. */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "aggregateSnapshots")
@AggregateSnapshot
public class Customer {

    static final String NOT_FOUND = "CUSTOMER_NOT_FOUND";

    @AggregateIdentifier
    private UUID customerId;
    private UUID businessId;
    private CustomerDetails details;
    private CustomerStatus status;
    private Money creditBalance;
    private Money walletBalance;
    private Instant createdAt;
    /** Payments already recorded, so a till retrying one records it once. Not final: a snapshot restores it. */
    private Map<UUID, CreditPaymentRecorded> payments = new HashMap<>();

    protected Customer() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CustomerState handle(RegisterCustomer command, Clock clock) {
        if (customerId != null) {
            requireBusiness(command.businessId());
            return state();
        }
        apply(new CustomerRegistered(command.customerId(), command.businessId(), checked(command.details()),
                clock.instant()));
        return state();
    }

    @CommandHandler
    public CustomerState handle(ReviseCustomer command, Clock clock) {
        requireBusiness(command.businessId());
        CustomerStatus newStatus = command.status() == null ? status : command.status();
        apply(new CustomerRevised(customerId, businessId, checked(command.details()), newStatus, clock.instant()));
        return state();
    }

    /** Part of a bill goes on udhaar, within the customer's limit. */
    @CommandHandler
    public void handle(TakeCredit command, Clock clock) {
        requireBusiness(command.businessId());
        requireCredit(command.amount());
        apply(new CreditTaken(UUID.nameUUIDFromBytes(("credit:" + command.saleId()).getBytes()), customerId,
                businessId, command.saleId(), command.billNumber(), command.amount(), creditBalance,
                creditBalance.plus(command.amount()), command.actor().userId(), clock.instant()));
    }

    /** Paying down udhaar: never more than is owed, never twice for the same payment id. */
    @CommandHandler
    public CreditPaymentReceipt handle(RecordCreditPayment command, Clock clock) {
        requireBusiness(command.businessId());
        CreditPaymentRecorded earlier = payments.get(command.paymentId());
        if (earlier != null) {
            return receipt(earlier);
        }
        Money amount = command.amount();
        Rules.require(amount != null && amount.isPositive(), "INVALID_AMOUNT", "amount must be more than zero");
        Rules.require(command.method() != null && command.method().settlesCredit(), "INVALID_PAYMENT_METHOD",
                "udhaar is paid by cash, UPI, card or bank transfer");
        Rules.require(!amount.isGreaterThan(creditBalance), "PAYMENT_EXCEEDS_CREDIT_BALANCE", Kind.CONFLICT,
                details.name() + " owes " + creditBalance + ", which is less than " + amount);
        apply(new CreditPaymentRecorded(command.paymentId(), customerId, businessId, amount, command.method(),
                command.notes(), creditBalance, creditBalance.minus(amount), command.actor().userId(),
                clock.instant()));
        return receipt(payments.get(command.paymentId()));
    }

    @CommandHandler
    public void handle(PayFromWallet command, Clock clock) {
        requireBusiness(command.businessId());
        requireWallet(command.amount());
        apply(new WalletDebited(customerId, businessId, command.saleId(), command.amount(), walletBalance,
                walletBalance.minus(command.amount()), command.actor().userId(), clock.instant()));
    }

    /** The rules of udhaar and wallet, asked before a bill waits for approval, so the till hears at once. */
    @CommandHandler
    public void handle(CheckCredit command) {
        requireBusiness(command.businessId());
        requireCredit(command.amount());
    }

    @CommandHandler
    public void handle(CheckWallet command) {
        requireBusiness(command.businessId());
        requireWallet(command.amount());
    }

    public boolean belongsTo(UUID business) {
        return businessId.equals(business);
    }

    private void requireCredit(Money amount) {
        Rules.require(amount != null && amount.isPositive(), "INVALID_AMOUNT", "credit must be more than zero");
        Rules.require(status == CustomerStatus.ACTIVE, "CUSTOMER_NOT_ACTIVE", Kind.CONFLICT,
                details.name() + " is " + status.name().toLowerCase() + " and cannot take udhaar");
        CreditLimitPolicy.check(details.creditLimit(), creditBalance, amount);
    }

    private void requireWallet(Money amount) {
        Rules.require(amount != null && amount.isPositive(), "INVALID_AMOUNT",
                "wallet payment must be more than zero");
        Rules.require(!amount.isGreaterThan(walletBalance), "INSUFFICIENT_WALLET_BALANCE", Kind.CONFLICT,
                details.name() + "'s wallet holds " + walletBalance + ", which is less than " + amount);
    }

    private static CustomerDetails checked(CustomerDetails details) {
        Rules.require(details != null, "FIELD_REQUIRED", "customer details are required");
        String name = Rules.requireText(details.name(), "name", 200);
        Money limit = details.creditLimit() == null ? Money.ZERO : details.creditLimit();
        Rules.require(!limit.isNegative(), "INVALID_CREDIT_LIMIT", "creditLimit must be zero or more");
        return new CustomerDetails(name, details.phone(), details.email(), details.address(), limit);
    }

    private void requireBusiness(UUID business) {
        Rules.requireSameBusiness(businessId, business, NOT_FOUND, customerId);
    }

    private CustomerState state() {
        return new CustomerState(customerId, businessId, details, creditBalance, walletBalance, status, createdAt);
    }

    private CreditPaymentReceipt receipt(CreditPaymentRecorded event) {
        return new CreditPaymentReceipt(event.paymentId(), customerId, details.name(), event.amount(), event.method(),
                event.notes(), event.balanceBefore(), event.balanceAfter(), event.recordedBy(), event.occurredAt());
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        customerId = event.customerId();
        businessId = event.businessId();
        details = event.details();
        status = CustomerStatus.ACTIVE;
        creditBalance = Money.ZERO;
        walletBalance = Money.ZERO;
        createdAt = event.registeredAt();
    }

    @EventSourcingHandler
    void on(CustomerRevised event) {
        details = event.details();
        status = event.status();
    }

    @EventSourcingHandler
    void on(CreditTaken event) {
        creditBalance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(CreditPaymentRecorded event) {
        creditBalance = event.balanceAfter();
        payments.put(event.paymentId(), event);
    }

    @EventSourcingHandler
    void on(WalletDebited event) {
        walletBalance = event.balanceAfter();
    }
}
