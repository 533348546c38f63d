package app.pos.command.sales;

import app.pos.command.shared.Rules;
import app.pos.kernel.identity.Actor;
import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation.Kind;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.BillApproved;
import app.pos.kernel.sales.BillOutcome;
import app.pos.kernel.sales.BillRejected;
import app.pos.kernel.sales.BillSubmittedForApproval;
import app.pos.kernel.sales.ConfirmBillApproval;
import app.pos.kernel.sales.DraftBillRevised;
import app.pos.kernel.sales.OpenBill;
import app.pos.kernel.sales.RejectBill;
import app.pos.kernel.sales.RepriceDraft;
import app.pos.kernel.sales.SaleCompleted;
import app.pos.kernel.sales.SaleStatus;
import app.pos.kernel.sales.SubmitBill;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A bill from the moment it is rung up: completed at once, or waiting for an owner, or back in draft
 * after a rejection. Stock and money move only when it completes (see {@link Checkout}).
 */
@Aggregate(cache = "aggregateCache")
public class Sale {

    static final String NOT_FOUND = "SALE_NOT_FOUND";

    @AggregateIdentifier
    private UUID saleId;
    private UUID businessId;
    private SaleStatus status;
    private Bill bill;
    private Instant updatedAt;

    protected Sale() {
    }

    @CommandHandler
    public Sale(OpenBill command, Clock clock) {
        Instant now = clock.instant();
        Bill bill = BillCalculator.bill(command.billNumber(), command.cart(), command.pricedLines(), command.actor(),
                now);
        forward(command.saleId(), command.businessId(), bill, command.approvalThreshold(), command.actor(), now);
    }

    @CommandHandler
    public BillOutcome handle(ConfirmBillApproval command, Clock clock) {
        ApprovalPolicy.requireApprover(command.actor());
        requireStatus(SaleStatus.PENDING_APPROVAL, "BILL_NOT_PENDING_APPROVAL");
        Instant now = clock.instant();
        apply(new BillApproved(saleId, businessId, bill.billNumber(), command.actor().userId(), command.notes(), now));
        apply(new SaleCompleted(saleId, businessId, bill, now));
        return outcome();
    }

    @CommandHandler
    public BillOutcome handle(RejectBill command, Clock clock) {
        Rules.requireSameBusiness(businessId, command.businessId(), NOT_FOUND, saleId);
        ApprovalPolicy.requireApprover(command.actor());
        requireStatus(SaleStatus.PENDING_APPROVAL, "BILL_NOT_PENDING_APPROVAL");
        Rules.requireText(command.notes(), "notes", 1000);
        apply(new BillRejected(saleId, businessId, bill.billNumber(), command.actor().userId(),
                command.notes().strip(), clock.instant()));
        return outcome();
    }

    /** A rejected bill is edited by whoever rang it up, or by an owner or a manager. */
    @CommandHandler
    public BillOutcome handle(RepriceDraft command, Clock clock) {
        requireStatus(SaleStatus.DRAFT, "BILL_NOT_DRAFT");
        requireMayEdit(command.actor());
        Instant now = clock.instant();
        Bill revised = BillCalculator.bill(bill.billNumber(), command.cart(), command.pricedLines(),
                new Actor(bill.createdBy(), bill.createdByRole()), bill.createdAt());
        apply(new DraftBillRevised(saleId, businessId, revised, command.actor().userId(), now));
        return outcome();
    }

    @CommandHandler
    public BillOutcome handle(SubmitBill command, Clock clock) {
        requireStatus(SaleStatus.DRAFT, "BILL_NOT_DRAFT");
        requireMayEdit(command.actor());
        forward(saleId, businessId, bill, command.approvalThreshold(),
                new Actor(bill.createdBy(), bill.createdByRole()), clock.instant());
        return outcome();
    }

    public BillOutcome outcome() {
        return new BillOutcome(saleId, status, bill, updatedAt);
    }

    public boolean belongsTo(UUID business) {
        return businessId.equals(business);
    }

    private static void forward(UUID saleId, UUID businessId, Bill bill, Money threshold, Actor createdBy,
                                Instant now) {
        if (ApprovalPolicy.needsApproval(createdBy, bill.totalAmount(), threshold)) {
            apply(new BillSubmittedForApproval(saleId, businessId, bill, threshold, now));
        } else {
            apply(new SaleCompleted(saleId, businessId, bill, now));
        }
    }

    private void requireStatus(SaleStatus required, String code) {
        Rules.require(status == required, code, Kind.CONFLICT,
                "bill " + bill.billNumber() + " is " + status + ", not " + required);
    }

    private void requireMayEdit(Actor actor) {
        Rules.require(actor.role().skipsBillApproval() || actor.userId().equals(bill.createdBy()),
                "NOT_ALLOWED", Kind.FORBIDDEN, "only the cashier who rang up a bill, or a manager, edits it");
    }

    @EventSourcingHandler
    void on(BillSubmittedForApproval event) {
        saleId = event.saleId();
        businessId = event.businessId();
        bill = event.bill();
        status = SaleStatus.PENDING_APPROVAL;
        updatedAt = event.submittedAt();
    }

    @EventSourcingHandler
    void on(SaleCompleted event) {
        saleId = event.saleId();
        businessId = event.businessId();
        bill = event.bill();
        status = SaleStatus.COMPLETED;
        updatedAt = event.completedAt();
    }

    @EventSourcingHandler
    void on(BillRejected event) {
        status = SaleStatus.DRAFT;
        updatedAt = event.rejectedAt();
    }

    @EventSourcingHandler
    void on(DraftBillRevised event) {
        bill = event.bill();
        updatedAt = event.revisedAt();
    }
}
