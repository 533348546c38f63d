package app.pos.query.sales;

import app.pos.kernel.money.Money;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.BillApproved;
import app.pos.kernel.sales.BillLine;
import app.pos.kernel.sales.BillRejected;
import app.pos.kernel.sales.BillSubmittedForApproval;
import app.pos.kernel.sales.DraftBillRevised;
import app.pos.kernel.sales.SaleCompleted;
import app.pos.kernel.sales.SaleStatus;
import app.pos.kernel.sales.Tender;
import app.pos.query.dashboard.DashboardUpdates;
import app.pos.query.shared.Params;
import app.pos.query.shared.ProjectionTables;
import app.pos.query.shared.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

import static app.pos.query.shared.Params.params;

/** Bills with their lines and tenders, and each step of their approval. */
@Component
@ProcessingGroup(Projections.GROUP)
@ProjectionTables(name = "sales", tables = {"sale_view", "sale_line_view", "sale_payment_view", "approval_step_view"})
public class SaleProjection {

    private static final String INSERT_SALE = """
            INSERT INTO sale_view (id, business_id, bill_number, status, customer_id, subtotal, discount_amount,
                tax_amount, total_amount, amount_paid, change_due, credit_amount, wallet_amount, payment_status,
                notes, created_by, created_by_role, created_at, completed_at, updated_at)
            VALUES (:id, :businessId, :billNumber, :status, :customerId, :subtotal, :discount, :tax, :total, :paid,
                :change, :credit, :wallet, :paymentStatus, :notes, :createdBy, :createdByRole, :createdAt,
                :completedAt, :updatedAt)""";
    private static final String UPDATE_SALE = """
            UPDATE sale_view SET status = :status, customer_id = :customerId, subtotal = :subtotal,
                discount_amount = :discount, tax_amount = :tax, total_amount = :total, amount_paid = :paid,
                change_due = :change, credit_amount = :credit, wallet_amount = :wallet,
                payment_status = :paymentStatus, notes = :notes, completed_at = :completedAt, updated_at = :updatedAt
            WHERE id = :id""";

    private final Projections projections;
    private final DashboardUpdates dashboards;

    public SaleProjection(Projections projections, DashboardUpdates dashboards) {
        this.projections = projections;
        this.dashboards = dashboards;
    }

    @EventHandler
    void on(SaleCompleted event, @SequenceNumber long version) {
        save(event.saleId(), event.bill(), row(event.saleId(), event.businessId(), event.bill(), SaleStatus.COMPLETED,
                event.completedAt(), event.completedAt()), version);
        dashboards.changed(event.businessId());
    }

    @EventHandler
    void on(BillSubmittedForApproval event, @SequenceNumber long version, @MessageIdentifier String eventId) {
        save(event.saleId(), event.bill(), row(event.saleId(), event.businessId(), event.bill(),
                SaleStatus.PENDING_APPROVAL, null, event.submittedAt()), version);
        step(eventId, event.businessId(), event.saleId(), "SUBMITTED", event.bill().createdBy(), null,
                event.bill().totalAmount(), event.submittedAt());
        dashboards.changed(event.businessId());
    }

    @EventHandler
    void on(BillApproved event, @MessageIdentifier String eventId) {
        step(eventId, event.businessId(), event.saleId(), "APPROVED", event.approvedBy(), event.notes(), null,
                event.approvedAt());
    }

    @EventHandler
    void on(BillRejected event, @MessageIdentifier String eventId) {
        projections.write("UPDATE sale_view SET status = :status, updated_at = :at WHERE id = :id",
                params().uuid("id", event.saleId()).name("status", SaleStatus.DRAFT).instant("at", event.rejectedAt()));
        step(eventId, event.businessId(), event.saleId(), "REJECTED", event.rejectedBy(), event.notes(), null,
                event.rejectedAt());
        dashboards.changed(event.businessId());
    }

    @EventHandler
    void on(DraftBillRevised event, @SequenceNumber long version, @MessageIdentifier String eventId) {
        save(event.saleId(), event.bill(), row(event.saleId(), event.businessId(), event.bill(), SaleStatus.DRAFT,
                null, event.revisedAt()), version);
        step(eventId, event.businessId(), event.saleId(), "REVISED", event.revisedBy(), null,
                event.bill().totalAmount(), event.revisedAt());
    }

    @ResetHandler
    void reset() {
        projections.write("DELETE FROM approval_step_view", params());
        projections.write("DELETE FROM sale_payment_view", params());
        projections.write("DELETE FROM sale_line_view", params());
        projections.write("DELETE FROM sale_view", params());
    }

    /**
     * A bill's first event adds its row; a later one (approved, revised) changes it and replaces its lines and
     * tenders with the bill as it now stands.
     */
    private void save(UUID saleId, Bill bill, Params row, long version) {
        if (version == 0) {
            projections.write(INSERT_SALE, row);
        } else {
            projections.write(UPDATE_SALE, row);
            Params sale = params().uuid("saleId", saleId);
            projections.write("DELETE FROM sale_line_view WHERE sale_id = :saleId", sale);
            projections.write("DELETE FROM sale_payment_view WHERE sale_id = :saleId", sale);
        }
        addLines(saleId, bill);
    }

    private static Params row(UUID saleId, UUID businessId, Bill bill, SaleStatus status, Instant completedAt,
                              Instant updatedAt) {
        return params().uuid("id", saleId).uuid("businessId", businessId).text("billNumber", bill.billNumber())
                .name("status", status).uuid("customerId", bill.customerId()).money("subtotal", bill.subtotal())
                .money("discount", bill.discountAmount()).money("tax", bill.taxAmount())
                .money("total", bill.totalAmount()).money("paid", bill.amountPaid()).money("change", bill.changeDue())
                .money("credit", bill.creditAmount()).money("wallet", bill.walletAmount())
                .name("paymentStatus", bill.paymentStatus()).text("notes", bill.notes())
                .uuid("createdBy", bill.createdBy()).name("createdByRole", bill.createdByRole())
                .instant("createdAt", bill.createdAt()).instant("completedAt", completedAt)
                .instant("updatedAt", updatedAt);
    }

    private void addLines(UUID saleId, Bill bill) {
        for (int i = 0; i < bill.lines().size(); i++) {
            BillLine line = bill.lines().get(i);
            projections.write("""
                            INSERT INTO sale_line_view (sale_id, line_no, product_id, product_name, quantity,
                                unit_price, discount, tax_rate, line_total)
                            VALUES (:saleId, :lineNo, :productId, :productName, :quantity, :unitPrice, :discount,
                                :taxRate, :lineTotal)""",
                    params().uuid("saleId", saleId).integer("lineNo", i + 1).uuid("productId", line.productId())
                            .text("productName", line.productName()).quantity("quantity", line.quantity())
                            .money("unitPrice", line.unitPrice()).money("discount", line.discount())
                            .decimal("taxRate", line.taxRate()).money("lineTotal", line.lineTotal()));
        }
        for (int i = 0; i < bill.payments().size(); i++) {
            Tender tender = bill.payments().get(i);
            projections.write("""
                            INSERT INTO sale_payment_view (sale_id, line_no, method, amount)
                            VALUES (:saleId, :lineNo, :method, :amount)""",
                    params().uuid("saleId", saleId).integer("lineNo", i + 1).name("method", tender.method())
                            .money("amount", tender.amount()));
        }
    }

    private void step(String eventId, UUID businessId, UUID saleId, String action, UUID performedBy, String notes,
                      Money total, Instant at) {
        projections.write("""
                        INSERT INTO approval_step_view (id, business_id, sale_id, action, performed_by, notes,
                            total_amount, occurred_at)
                        VALUES (:id, :businessId, :saleId, :action, :performedBy, :notes, :total, :at)""",
                params().uuid("id", UUID.fromString(eventId)).uuid("businessId", businessId).uuid("saleId", saleId)
                        .text("action", action).uuid("performedBy", performedBy).text("notes", notes)
                        .money("total", total).instant("at", at));
    }
}
