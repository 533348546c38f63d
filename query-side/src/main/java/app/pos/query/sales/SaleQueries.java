package app.pos.query.sales;

import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.identity.Role;
import app.pos.kernel.sales.ApprovalHistory;
import app.pos.kernel.sales.ApprovalStep;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.BillLine;
import app.pos.kernel.sales.FetchApprovalHistory;
import app.pos.kernel.sales.FetchSalesSummary;
import app.pos.kernel.sales.FindSale;
import app.pos.kernel.sales.FindSaleByBillNumber;
import app.pos.kernel.sales.ListSales;
import app.pos.kernel.sales.PaymentStatus;
import app.pos.kernel.sales.SalePage;
import app.pos.kernel.sales.SaleStatus;
import app.pos.kernel.sales.SaleView;
import app.pos.kernel.sales.SalesSummary;
import app.pos.kernel.sales.Tender;
import app.pos.query.shared.Filter;
import app.pos.query.shared.Params;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.*;

@Component
public class SaleQueries {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "totalAmount",
            "total_amount", "billNumber", "bill_number", "completedAt", "completed_at");

    private final Reads reads;

    public SaleQueries(Reads reads) {
        this.reads = reads;
    }

    @QueryHandler
    public CompletableFuture<SaleView> handle(FindSale query) {
        return one("id = :id", params().uuid("businessId", query.businessId()).uuid("id", query.saleId()));
    }

    @QueryHandler
    public CompletableFuture<SaleView> handle(FindSaleByBillNumber query) {
        return one("bill_number = :billNumber",
                params().uuid("businessId", query.businessId()).text("billNumber", query.billNumber().strip()));
    }

    @QueryHandler
    public CompletableFuture<SalePage> handle(ListSales query) {
        Filter filter = new Filter(params().uuid("businessId", query.businessId())).where("business_id = :businessId");
        if (query.from() != null) {
            filter.where("created_at >= :from");
            filter.params().instant("from", query.from());
        }
        if (query.to() != null) {
            filter.where("created_at < :to");
            filter.params().instant("to", query.to());
        }
        if (query.status() != null) {
            filter.where("status = :status");
            filter.params().name("status", query.status());
        }
        if (query.customerId() != null) {
            filter.where("customer_id = :customerId");
            filter.params().uuid("customerId", query.customerId());
        }
        if (query.paymentStatus() != null) {
            filter.where("payment_status = :paymentStatus");
            filter.params().name("paymentStatus", query.paymentStatus());
        }
        return reads.all("SELECT * FROM sale_view" + filter.whereClause()
                        + filter.pageClause(query.page(), SORTABLE, "created_at DESC"), filter.params(),
                        SaleQueries::sale)
                .collectList()
                .flatMap(this::withLines)
                .zipWith(reads.count("SELECT COUNT(*) AS n FROM sale_view" + filter.whereClause(), filter.params()),
                        SalePage::new)
                .toFuture();
    }

    @QueryHandler
    public CompletableFuture<ApprovalHistory> handle(FetchApprovalHistory query) {
        return reads.all("""
                        SELECT * FROM approval_step_view WHERE business_id = :businessId AND sale_id = :saleId
                        ORDER BY occurred_at, id""",
                params().uuid("businessId", query.businessId()).uuid("saleId", query.saleId()),
                row -> new ApprovalStep(uuid(row, "sale_id"), text(row, "action"), uuid(row, "performed_by"),
                        text(row, "notes"), money(row, "total_amount"), instant(row, "occurred_at")))
                .collectList().map(ApprovalHistory::new).toFuture();
    }

    @QueryHandler
    public CompletableFuture<SalesSummary> handle(FetchSalesSummary query) {
        return reads.one("""
                        SELECT COALESCE(SUM(total_amount), 0) AS total, COUNT(*) AS bills,
                            COALESCE(SUM(CASE WHEN credit_amount = 0 THEN 1 ELSE 0 END), 0) AS cash_bills,
                            COALESCE(SUM(CASE WHEN credit_amount > 0 THEN 1 ELSE 0 END), 0) AS credit_bills,
                            COALESCE(SUM(total_amount - credit_amount), 0) AS collected,
                            COALESCE(SUM(credit_amount), 0) AS credit
                        FROM sale_view
                        WHERE business_id = :businessId AND status = 'COMPLETED'
                          AND completed_at >= :from AND completed_at < :to""",
                params().uuid("businessId", query.businessId()).instant("from", query.from())
                        .instant("to", query.to()),
                row -> new SalesSummary(money(row, "total"), number(row, "bills"), number(row, "cash_bills"),
                        number(row, "credit_bills"), money(row, "collected"), money(row, "credit")))
                .toFuture();
    }

    private CompletableFuture<SaleView> one(String condition, Params params) {
        return reads.one("SELECT * FROM sale_view WHERE business_id = :businessId AND " + condition, params,
                        SaleQueries::sale)
                .flatMap(row -> withLines(List.of(row)))
                .flatMap(sales -> Mono.justOrEmpty(sales.stream().findFirst()))
                .toFuture();
    }

    /** Lines and tenders of a whole page in two queries, not two per bill. */
    private Mono<List<SaleView>> withLines(List<SaleView> sales) {
        if (sales.isEmpty()) {
            return Mono.just(List.of());
        }
        List<UUID> ids = sales.stream().map(SaleView::id).toList();
        Params byIds = params().list("ids", ids);
        Mono<Map<UUID, List<BillLine>>> lines = reads.all(
                        "SELECT * FROM sale_line_view WHERE sale_id IN (:ids) ORDER BY sale_id, line_no", byIds,
                        row -> Map.entry(uuid(row, "sale_id"), new BillLine(uuid(row, "product_id"),
                                text(row, "product_name"), quantity(row, "quantity"), money(row, "unit_price"),
                                money(row, "discount"), decimal(row, "tax_rate"), money(row, "line_total"))))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Mono<Map<UUID, List<Tender>>> tenders = reads.all(
                        "SELECT * FROM sale_payment_view WHERE sale_id IN (:ids) ORDER BY sale_id, line_no", byIds,
                        row -> Map.entry(uuid(row, "sale_id"), new Tender(enumOf(row, "method", PaymentMethod.class),
                                money(row, "amount"))))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return Mono.zip(lines, tenders).map(both -> sales.stream()
                .map(sale -> withLines(sale, both.getT1().getOrDefault(sale.id(), List.of()),
                        both.getT2().getOrDefault(sale.id(), List.of())))
                .toList());
    }

    private static SaleView withLines(SaleView sale, List<BillLine> lines, List<Tender> tenders) {
        Bill b = sale.bill();
        Bill bill = new Bill(b.billNumber(), b.customerId(), lines, b.subtotal(), b.discountAmount(), b.taxAmount(),
                b.totalAmount(), tenders, b.amountPaid(), b.changeDue(), b.creditAmount(), b.walletAmount(),
                b.paymentStatus(), b.notes(), b.createdBy(), b.createdByRole(), b.createdAt());
        return new SaleView(sale.id(), sale.businessId(), sale.status(), bill, sale.updatedAt());
    }

    /** The bill row alone; its lines and tenders are read for a whole page at once. */
    private static SaleView sale(Readable row) {
        List<BillLine> lines = List.of();
        List<Tender> tenders = List.of();
        Bill bill = new Bill(text(row, "bill_number"), uuid(row, "customer_id"), lines, money(row, "subtotal"),
                money(row, "discount_amount"), money(row, "tax_amount"), money(row, "total_amount"), tenders,
                money(row, "amount_paid"), money(row, "change_due"), money(row, "credit_amount"),
                money(row, "wallet_amount"), enumOf(row, "payment_status", PaymentStatus.class), text(row, "notes"),
                uuid(row, "created_by"), enumOf(row, "created_by_role", Role.class), instant(row, "created_at"));
        return new SaleView(uuid(row, "id"), uuid(row, "business_id"), enumOf(row, "status", SaleStatus.class), bill,
                instant(row, "updated_at"));
    }
}
