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
        return changedBy(event.getPayload()).counted(event.getTimestamp());
    }

    private CustomerAtInstant changedBy(Object payload) {
        if (payload instanceof CustomerRegistered registered) {
            return new CustomerAtInstant(registered.customerId(), registered.businessId(),
                    registered.details().name(), Money.ZERO, Money.ZERO, lastChangedAt, eventsApplied);
        }
        if (payload instanceof CustomerRevised revised) {
            return new CustomerAtInstant(customerId, businessId, revised.details().name(), credit, wallet,
                    lastChangedAt, eventsApplied);
        }
        if (payload instanceof CreditTaken taken) {
            return withCredit(taken.balanceAfter());
        }
        if (payload instanceof CreditPaymentRecorded payment) {
            return withCredit(payment.balanceAfter());
        }
        if (payload instanceof WalletDebited debited) {
            return new CustomerAtInstant(customerId, businessId, name, credit, debited.balanceAfter(), lastChangedAt,
                    eventsApplied);
        }
        return this;
    }

    private CustomerAtInstant withCredit(Money balance) {
        return new CustomerAtInstant(customerId, businessId, name, balance, wallet, lastChangedAt, eventsApplied);
    }

    private CustomerAtInstant counted(Instant at) {
        return new CustomerAtInstant(customerId, businessId, name, credit, wallet, at, eventsApplied + 1);
    }

    boolean existedIn(UUID business) {
        return business.equals(businessId);
    }

    CustomerBalanceAsOf at(Instant asOf) {
        return new CustomerBalanceAsOf(customerId, name, credit, wallet, asOf, lastChangedAt, eventsApplied);
    }
}
