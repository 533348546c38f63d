package app.pos.query.live;

import app.pos.kernel.catalog.ProductCreated;
import app.pos.kernel.catalog.ProductDiscontinued;
import app.pos.kernel.catalog.ProductRevised;
import app.pos.kernel.dashboard.ApprovalDecided;
import app.pos.kernel.dashboard.ApprovalDecided.Decision;
import app.pos.kernel.dashboard.ApprovalRequested;
import app.pos.kernel.dashboard.LiveSale;
import app.pos.kernel.dashboard.LiveStream;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.BillApproved;
import app.pos.kernel.sales.BillRejected;
import app.pos.kernel.sales.BillSubmittedForApproval;
import app.pos.kernel.sales.SaleCompleted;
import app.pos.kernel.stock.StockMoved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Turns what happens into the pushes of the live streams: each completed bill for the sales ticker,
 * approvals asked for and decided, and products running low or nearing expiry. It follows the event store
 * from the moment it first starts: a live stream is about now, so history is never pushed and never replayed.
 */
@Component
@ProcessingGroup(LiveFeedProjection.GROUP)
@DisallowReplay
public class LiveFeedProjection {

    public static final String GROUP = "live";

    private final LiveFeed feed;
    private final WatchedProducts products;
    private final ExpiryWatch expiries;

    public LiveFeedProjection(LiveFeed feed, WatchedProducts products, ExpiryWatch expiries) {
        this.feed = feed;
        this.products = products;
        this.expiries = expiries;
    }

    @EventHandler
    void on(SaleCompleted event, @MessageIdentifier String eventId) {
        Bill bill = event.bill();
        feed.push(event.businessId(), LiveStream.SALES, "sale", "sale:" + eventId,
                new LiveSale(event.saleId(), bill.billNumber(), bill.totalAmount(), bill.creditAmount(),
                        bill.payments(), bill.lines().size(), bill.customerId(), bill.createdBy(), event.completedAt()),
                event.completedAt());
    }

    @EventHandler
    void on(BillSubmittedForApproval event, @MessageIdentifier String eventId) {
        Bill bill = event.bill();
        feed.push(event.businessId(), LiveStream.DASHBOARD, "approval-requested", "approval:" + eventId,
                new ApprovalRequested(event.saleId(), bill.billNumber(), bill.totalAmount(), bill.createdBy(),
                        event.submittedAt()),
                event.submittedAt());
    }

    @EventHandler
    void on(BillApproved event, @MessageIdentifier String eventId) {
        decided(eventId, event.businessId(), new ApprovalDecided(event.saleId(), event.billNumber(),
                Decision.APPROVED, event.approvedBy(), event.notes(), event.approvedAt()));
    }

    @EventHandler
    void on(BillRejected event, @MessageIdentifier String eventId) {
        decided(eventId, event.businessId(), new ApprovalDecided(event.saleId(), event.billNumber(),
                Decision.REJECTED, event.rejectedBy(), event.notes(), event.rejectedAt()));
    }

    @EventHandler
    void on(ProductCreated event) {
        expiries.check(event.businessId(), products.described(event.productId(), event.details(), event.status()));
    }

    @EventHandler
    void on(ProductRevised event) {
        expiries.check(event.businessId(), products.described(event.productId(), event.details(), event.status()));
    }

    @EventHandler
    void on(ProductDiscontinued event) {
        products.discontinued(event.productId());
    }

    @EventHandler
    void on(StockMoved event, @MessageIdentifier String eventId) {
        products.stocked(event.productId(), event.stockAfter()).ifPresent(product -> {
            product.lowStockAfter(event.stockBefore()).ifPresent(alert -> feed.push(event.businessId(),
                    LiveStream.DASHBOARD, "alert", "alert:" + eventId, alert, event.occurredAt()));
            if (!event.stockBefore().isPositive()) {
                expiries.check(event.businessId(), product);
            }
        });
    }

    private void decided(String eventId, UUID businessId, ApprovalDecided decision) {
        feed.push(businessId, LiveStream.DASHBOARD, "approval-decided", "decision:" + eventId, decision,
                decision.decidedAt());
    }
}
