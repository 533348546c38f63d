package app.pos.query.pointintime;

import app.pos.kernel.audit.StockAsOf;
import app.pos.kernel.catalog.ProductCreated;
import app.pos.kernel.catalog.ProductRevised;
import app.pos.kernel.stock.Quantity;
import app.pos.kernel.stock.StockMoved;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.UUID;

/** A product folded from its events: the same facts the Product aggregate keeps, for any moment. */
record ProductAtInstant(UUID productId, UUID businessId, String name, Quantity stock, Instant lastChangedAt,
                        long eventsApplied) {

    static final ProductAtInstant BEFORE_CREATION = new ProductAtInstant(null, null, null, Quantity.ZERO, null, 0);

    ProductAtInstant apply(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        ProductAtInstant next = this;
        if (payload instanceof ProductCreated created) {
            next = new ProductAtInstant(created.productId(), created.businessId(), created.details().name(),
                    Quantity.ZERO, null, 0);
        } else if (payload instanceof ProductRevised revised) {
            next = new ProductAtInstant(productId, businessId, revised.details().name(), stock, lastChangedAt,
                    eventsApplied);
        } else if (payload instanceof StockMoved moved) {
            next = new ProductAtInstant(productId, businessId, name, moved.stockAfter(), lastChangedAt, eventsApplied);
        }
        return new ProductAtInstant(next.productId, next.businessId, next.name, next.stock, event.getTimestamp(),
                eventsApplied + 1);
    }

    boolean existedIn(UUID business) {
        return business.equals(businessId);
    }

    StockAsOf at(Instant asOf) {
        return new StockAsOf(productId, name, stock, asOf, lastChangedAt, eventsApplied);
    }
}
