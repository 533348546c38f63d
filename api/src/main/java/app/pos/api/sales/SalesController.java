package app.pos.api.sales;

import app.pos.api.settings.StoreClock;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Commands;
import app.pos.api.shared.EntityIds;
import app.pos.api.shared.Found;
import app.pos.api.shared.PageParams;
import app.pos.api.shared.PageResponse;
import app.pos.api.shared.Queries;
import app.pos.kernel.paging.PageRequest;
import app.pos.kernel.sales.ApprovalHistory;
import app.pos.kernel.sales.ApproveBill;
import app.pos.kernel.sales.BillOutcome;
import app.pos.kernel.sales.CreateSale;
import app.pos.kernel.sales.FetchApprovalHistory;
import app.pos.kernel.sales.FetchSalesSummary;
import app.pos.kernel.sales.FindSale;
import app.pos.kernel.sales.FindSaleByBillNumber;
import app.pos.kernel.sales.ListSales;
import app.pos.kernel.sales.PaymentStatus;
import app.pos.kernel.sales.RejectBill;
import app.pos.kernel.sales.ReviseDraftBill;
import app.pos.kernel.sales.SalePage;
import app.pos.kernel.sales.SaleStatus;
import app.pos.kernel.sales.SaleView;
import app.pos.kernel.sales.SalesSummary;
import app.pos.kernel.sales.SubmitDraftBill;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/sales")
@Tag(name = "Sales (bills)", description = "CreateSale (S4) and bill approval (S6)")
public class SalesController {

    private final Commands commands;
    private final Queries queries;
    private final StoreClock storeClock;

    public SalesController(Commands commands, Queries queries, StoreClock storeClock) {
        this.commands = commands;
        this.queries = queries;
        this.storeClock = storeClock;
    }

    @PostMapping
    @BillOutcomeResponses
    @ApiResponse(responseCode = "404", description = "`PRODUCT_NOT_FOUND` or `CUSTOMER_NOT_FOUND`, with the `id`")
    @Operation(operationId = "createSale",
            summary = "Ring up a bill (SALE_CREATE): 201 when completed, 202 when it waits for an owner's "
            + "approval. Stock, udhaar and the bill commit together or not at all; repeating the same id or "
            + "Idempotency-Key returns the same bill and sells nothing twice.")
    public Mono<ResponseEntity<SaleResponse>> create(@Valid @RequestBody SaleRequest request,
                                                     @RequestHeader(name = EntityIds.IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
                                                     Caller caller) {
        UUID id = EntityIds.forCreate(request.id(), idempotencyKey, caller, "sale");
        return commands.<BillOutcome>send(new CreateSale(id, caller.businessId(), request.cart(), caller.actor()), caller)
                .map(SalesController::created);
    }

    @GetMapping
    @Operation(operationId = "listSales",
            summary = "Bills by date range (store days, inclusive), status, customer and payment status (SALE_VIEW)")
    public Mono<PageResponse<SaleResponse>> list(@RequestParam(required = false) LocalDate dateFrom,
                                                 @RequestParam(required = false) LocalDate dateTo,
                                                 @RequestParam(required = false) SaleStatus status,
                                                 @RequestParam(required = false) UUID customerId,
                                                 @RequestParam(required = false) PaymentStatus paymentStatus,
                                                 @ParameterObject PageParams page, Caller caller) {
        PageRequest request = page.toRequest();
        return storeClock.zone(caller)
                .flatMap(zone -> queries.ask(new ListSales(caller.businessId(),
                        dateFrom == null ? null : dateFrom.atStartOfDay(zone).toInstant(),
                        dateTo == null ? null : dateTo.plusDays(1).atStartOfDay(zone).toInstant(),
                        status, customerId, paymentStatus, request), SalePage.class))
                .map(result -> PageResponse.of(result.items(), result.total(), request, SaleResponse::of));
    }

    @GetMapping("/today")
    @Operation(operationId = "getTodaysSales",
            summary = "Today's completed bills (in the store's time zone) with their totals (SALE_VIEW)")
    public Mono<TodaysSales> today(@ParameterObject PageParams page, Caller caller) {
        PageRequest request = page.toRequest();
        return storeClock.today(caller).flatMap(day -> queries.ask(new FetchSalesSummary(caller.businessId(),
                                day.start(), day.end()), SalesSummary.class)
                        .zipWith(queries.ask(new ListSales(caller.businessId(), day.start(), day.end(),
                                SaleStatus.COMPLETED, null, null, request), SalePage.class),
                                (summary, sales) -> new TodaysSales(day.date(), summary,
                                        PageResponse.of(sales.items(), sales.total(), request, SaleResponse::of))));
    }

    public record TodaysSales(LocalDate date, SalesSummary summary, PageResponse<SaleResponse> sales) {
    }

    @GetMapping("/pending-approval")
    @Operation(operationId = "listPendingApprovals",
            summary = "Bills waiting for an owner's approval, oldest first (SALE_VIEW)")
    public Mono<PageResponse<SaleResponse>> pendingApproval(@ParameterObject PageParams page, Caller caller) {
        PageRequest request = page.toRequest();
        PageRequest oldestFirst = new PageRequest(request.page(), request.limit(), "createdAt", false);
        return queries.ask(new ListSales(caller.businessId(), null, null, SaleStatus.PENDING_APPROVAL, null, null,
                        oldestFirst), SalePage.class)
                .map(result -> PageResponse.of(result.items(), result.total(), request, SaleResponse::of));
    }

    @GetMapping("/bill/{billNumber}")
    @Operation(operationId = "getSaleByBillNumber",
            summary = "A bill by its number (SALE_VIEW)")
    public Mono<SaleResponse> byBillNumber(@PathVariable @Size(max = 40) String billNumber, Caller caller) {
        return Found.orNotFound(queries.ask(new FindSaleByBillNumber(caller.businessId(), billNumber), SaleView.class),
                "SALE_NOT_FOUND", billNumber).map(SaleResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSale",
            summary = "One bill with its lines and tenders (SALE_VIEW)")
    public Mono<SaleResponse> get(@PathVariable UUID id, Caller caller) {
        return Found.orNotFound(queries.ask(new FindSale(caller.businessId(), id), SaleView.class),
                "SALE_NOT_FOUND", id).map(SaleResponse::of);
    }

    @PostMapping("/{id}/approve")
    @ApiResponse(responseCode = "409", description = "`BILL_NOT_PENDING_APPROVAL`, or the shelf or the "
            + "customer's limit no longer allows it: `INSUFFICIENT_STOCK` (with `products`), "
            + "`CREDIT_LIMIT_EXCEEDED`, `INSUFFICIENT_WALLET_BALANCE`; the bill stays pending")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(operationId = "approveSale",
            summary = "Approve a pending bill (BILL_APPROVE, owners): its stock and money move now, or it "
            + "fails with 409 if the shelf or the customer's limit no longer allows it")
    public Mono<SaleResponse> approve(@PathVariable UUID id, @RequestBody(required = false) Decision decision,
                                      Caller caller) {
        return commands.<BillOutcome>send(new ApproveBill(id, caller.businessId(), Decision.notes(decision),
                caller.actor()), caller).map(SaleResponse::of);
    }

    @PostMapping("/{id}/reject")
    @Operation(operationId = "rejectSale",
            summary = "Reject a pending bill with notes (BILL_APPROVE, owners): it goes back to DRAFT")
    public Mono<SaleResponse> reject(@PathVariable UUID id, @Valid @RequestBody Decision decision, Caller caller) {
        return commands.<BillOutcome>send(new RejectBill(id, caller.businessId(), decision.notes(), caller.actor()),
                caller).map(SaleResponse::of);
    }

    @PostMapping("/approvals")
    @Operation(operationId = "approveSales",
            summary = "Approve several pending bills (BILL_APPROVE); each succeeds or fails on its own")
    public Mono<BulkApprovals.Outcomes> approveAll(@Valid @RequestBody BulkApprovals.Request request, Caller caller) {
        return BulkApprovals.approve(request, caller, commands);
    }

    @GetMapping("/{id}/approval-history")
    @Operation(operationId = "getApprovalHistory",
            summary = "Every submission, rejection, revision and approval of a bill (SALE_VIEW)")
    public Mono<ApprovalHistory> approvalHistory(@PathVariable UUID id, Caller caller) {
        return Found.orNotFound(queries.ask(new FindSale(caller.businessId(), id), SaleView.class), "SALE_NOT_FOUND", id)
                .then(queries.ask(new FetchApprovalHistory(caller.businessId(), id), ApprovalHistory.class));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "reviseDraftSale",
            summary = "Edit a DRAFT bill (a rejected one) before resubmitting it (SALE_CREATE)")
    public Mono<SaleResponse> revise(@PathVariable UUID id, @Valid @RequestBody SaleRequest request, Caller caller) {
        return commands.<BillOutcome>send(new ReviseDraftBill(id, caller.businessId(), request.cart(), caller.actor()),
                caller).map(SaleResponse::of);
    }

    @PostMapping("/{id}/submit")
    @BillOutcomeResponses
    @Operation(operationId = "submitDraftSale",
            summary = "Resubmit a DRAFT bill (SALE_CREATE): 201 when it completes, 202 when it waits for approval")
    public Mono<ResponseEntity<SaleResponse>> submit(@PathVariable UUID id, Caller caller) {
        return commands.<BillOutcome>send(new SubmitDraftBill(id, caller.businessId(), caller.actor()), caller)
                .map(SalesController::created);
    }

    private static ResponseEntity<SaleResponse> created(BillOutcome outcome) {
        HttpStatus status = outcome.status() == SaleStatus.COMPLETED ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(SaleResponse.of(outcome));
    }
}
