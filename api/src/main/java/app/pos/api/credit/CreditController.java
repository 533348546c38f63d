package app.pos.api.credit;

import app.pos.api.customers.CustomerResponse;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Commands;
import app.pos.api.shared.EntityIds;
import app.pos.api.shared.PageParams;
import app.pos.api.shared.PageResponse;
import app.pos.api.shared.Queries;
import app.pos.kernel.credit.CreditOutstanding;
import app.pos.kernel.credit.CreditPaymentReceipt;
import app.pos.kernel.credit.CreditTransactionPage;
import app.pos.kernel.credit.CreditTransactionType;
import app.pos.kernel.credit.CreditTransactionView;
import app.pos.kernel.credit.FetchCreditOutstanding;
import app.pos.kernel.credit.ListCreditTransactions;
import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.credit.RecordCreditPayment;
import app.pos.kernel.customers.CustomerPage;
import app.pos.kernel.customers.ListCustomers;
import app.pos.kernel.money.Money;
import app.pos.kernel.paging.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/credit")
@Tag(name = "Credit (udhaar)", description = "Outstanding udhaar and payments against it (S5)")
public class CreditController {

    private final Commands commands;
    private final Queries queries;

    public CreditController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/payments")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "`CUSTOMER_NOT_FOUND`, with the `id`")
    @Operation(operationId = "recordCreditPayment",
            summary = "Record an udhaar payment (CREDIT_PAYMENT_RECORD); never more than is owed, never twice "
            + "for the same id or Idempotency-Key")
    public Mono<ResponseEntity<PaymentRecorded>> pay(@Valid @RequestBody CreditPaymentRequest request,
                                                     @RequestHeader(name = EntityIds.IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
                                                     Caller caller) {
        UUID paymentId = EntityIds.forCreate(request.id(), idempotencyKey, caller, "credit-payment");
        return commands.<CreditPaymentReceipt>send(new RecordCreditPayment(request.customerId(), caller.businessId(),
                        paymentId, Money.of(request.amount()), request.paymentMethod(), request.notes(),
                        caller.actor()), caller, "CUSTOMER_NOT_FOUND")
                .map(receipt -> ResponseEntity.status(HttpStatus.CREATED).body(PaymentRecorded.of(receipt)));
    }

    @GetMapping
    @Operation(operationId = "listCreditAccounts",
            summary = "Customers with outstanding udhaar (CREDIT_VIEW)")
    public Mono<PageResponse<CustomerResponse>> outstanding(@ParameterObject PageParams page, Caller caller) {
        PageRequest request = page.toRequest();
        return queries.ask(new ListCustomers(caller.businessId(), null, null, true, request), CustomerPage.class)
                .map(result -> PageResponse.of(result.items(), result.total(), request, CustomerResponse::of));
    }

    @GetMapping("/total")
    @Operation(operationId = "getCreditTotal",
            summary = "Total udhaar outstanding and how many customers owe it (CREDIT_VIEW)")
    public Mono<CreditOutstanding> total(Caller caller) {
        return queries.ask(new FetchCreditOutstanding(caller.businessId()), CreditOutstanding.class);
    }

    @GetMapping("/transactions")
    @Operation(operationId = "listCreditTransactions",
            summary = "Every udhaar movement, newest first (CREDIT_VIEW)")
    public Mono<PageResponse<CreditTransactionView>> transactions(@RequestParam(required = false) UUID customerId,
                                                                  @RequestParam(required = false) CreditTransactionType type,
                                                                  @ParameterObject PageParams page, Caller caller) {
        PageRequest request = page.toRequest();
        return queries.ask(new ListCreditTransactions(caller.businessId(), customerId, type, request),
                        CreditTransactionPage.class)
                .map(result -> PageResponse.of(result.items(), result.total(), request, t -> t));
    }

    /** API.md's shape: the transaction and the customer's new balance. */
    public record PaymentRecorded(Transaction transaction, CustomerBalance customer) {

        @Schema(name = "CreditTransaction")
        record Transaction(UUID id, UUID customerId, CreditTransactionType transactionType, Money amount,
                           Money balanceBefore, Money balanceAfter, PaymentMethod paymentMethod, @Nullable String notes,
                           Instant createdAt) {
        }

        record CustomerBalance(UUID id, String name, Money creditBalance) {
        }

        static PaymentRecorded of(CreditPaymentReceipt receipt) {
            return new PaymentRecorded(
                    new Transaction(receipt.paymentId(), receipt.customerId(), CreditTransactionType.PAYMENT_MADE,
                            receipt.amount(), receipt.balanceBefore(), receipt.balanceAfter(), receipt.method(),
                            receipt.notes(), receipt.recordedAt()),
                    new CustomerBalance(receipt.customerId(), receipt.customerName(), receipt.balanceAfter()));
        }
    }
}
