package app.pos.query.pointintime;

import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.SaleCompleted;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.UUID;

/** Whether a bill was completed at a moment, and with what figures. */
record SaleAtInstant(UUID businessId, Bill completedBill, Instant completedAt) {

    static final SaleAtInstant OPEN = new SaleAtInstant(null, null, null);

    SaleAtInstant apply(DomainEventMessage<?> event) {
        if (event.getPayload() instanceof SaleCompleted completed) {
            return new SaleAtInstant(completed.businessId(), completed.bill(), completed.completedAt());
        }
        return this;
    }

    boolean completedWithin(UUID business, Instant from, Instant to) {
        return completedBill != null && business.equals(businessId)
                && !completedAt.isBefore(from) && completedAt.isBefore(to);
    }
}
