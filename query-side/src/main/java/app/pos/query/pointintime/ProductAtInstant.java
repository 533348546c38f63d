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
        return changedBy(event.getPayload()).counted(event.getTimestamp());
    }

    private ProductAtInstant changedBy(Object payload) {
        if (payload instanceof ProductCreated created) {
            return new ProductAtInstant(created.productId(), created.businessId(), created.details().name(),
                    Quantity.ZERO, lastChangedAt, eventsApplied);
        }
        if (payload instanceof ProductRevised revised) {
            return new ProductAtInstant(productId, businessId, revised.details().name(), stock, lastChangedAt,
                    eventsApplied);
        }
        if (payload instanceof StockMoved moved) {
            return new ProductAtInstant(productId, businessId, name, moved.stockAfter(), lastChangedAt, eventsApplied);
        }
        return this;
    }

    private ProductAtInstant counted(Instant at) {
        return new ProductAtInstant(productId, businessId, name, stock, at, eventsApplied + 1);
    }

    boolean existedIn(UUID business) {
        return business.equals(businessId);
    }

    StockAsOf at(Instant asOf) {
        return new StockAsOf(productId, name, stock, asOf, lastChangedAt, eventsApplied);
    }
}
