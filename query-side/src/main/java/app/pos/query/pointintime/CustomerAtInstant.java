package app.pos.query.pointintime;

import app.pos.kernel.audit.CustomerBalanceAsOf;
import app.pos.kernel.credit.CreditPaymentRecorded;
import app.pos.kernel.credit.CreditTaken;
import app.pos.kernel.customers.CustomerRegistered;
import app.pos.kernel.customers.CustomerRevised;
import app.pos.kernel.money.Money;
import app.pos.kernel.wallet.WalletDebited;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.UUID;

/** A customer's udhaar and wallet folded from the customer's events, as the Customer aggregate keeps them. */
record CustomerAtInstant(UUID customerId, UUID businessId, String name, Money credit, Money wallet,
                         Instant lastChangedAt, long eventsApplied) {

    static final CustomerAtInstant BEFORE_REGISTRATION =
            new CustomerAtInstant(null, null, null, Money.ZERO, Money.ZERO, null, 0);

    CustomerAtInstant apply(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        CustomerAtInstant next = this;
        if (payload instanceof CustomerRegistered registered) {
            next = new CustomerAtInstant(registered.customerId(), registered.businessId(),
                    registered.details().name(), Money.ZERO, Money.ZERO, null, 0);
        } else if (payload instanceof CustomerRevised revised) {
            next = new CustomerAtInstant(customerId, businessId, revised.details().name(), credit, wallet, null, 0);
        } else if (payload instanceof CreditTaken taken) {
            next = withCredit(taken.balanceAfter());
        } else if (payload instanceof CreditPaymentRecorded payment) {
            next = withCredit(payment.balanceAfter());
        } else if (payload instanceof WalletDebited debited) {
            next = new CustomerAtInstant(customerId, businessId, name, credit, debited.balanceAfter(), null, 0);
        }
        return new CustomerAtInstant(next.customerId, next.businessId, next.name, next.credit, next.wallet,
                event.getTimestamp(), eventsApplied + 1);
    }

    private CustomerAtInstant withCredit(Money balance) {
        return new CustomerAtInstant(customerId, businessId, name, balance, wallet, null, 0);
    }

    boolean existedIn(UUID business) {
        return business.equals(businessId);
    }

    CustomerBalanceAsOf at(Instant asOf) {
        return new CustomerBalanceAsOf(customerId, name, credit, wallet, asOf, lastChangedAt, eventsApplied);
    }
}
