package app.pos.api.customers;

import app.pos.api.sales.SaleResponse;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Commands;
import app.pos.api.shared.EntityIds;
import app.pos.api.shared.Found;
import app.pos.api.shared.PageParams;
import app.pos.api.shared.PageResponse;
import app.pos.api.shared.Queries;
import app.pos.kernel.credit.CreditTransactionPage;
import app.pos.kernel.credit.CreditTransactionView;
import app.pos.kernel.credit.ListCreditTransactions;
import app.pos.kernel.customers.CustomerPage;
import app.pos.kernel.customers.CustomerState;
import app.pos.kernel.customers.CustomerStatus;
import app.pos.kernel.customers.CustomerView;
import app.pos.kernel.customers.FindCustomer;
import app.pos.kernel.customers.ListCustomers;
import app.pos.kernel.customers.RegisterCustomer;
import app.pos.kernel.customers.ReviseCustomer;
import app.pos.kernel.money.Money;
import app.pos.kernel.paging.PageRequest;
import app.pos.kernel.sales.ListSales;
import app.pos.kernel.sales.SalePage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customers with udhaar (credit) and wallet balances (S3)")
public class CustomerController {

    private final Commands commands;
    private final Queries queries;

    public CustomerController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "createCustomer",
            summary = "Register a customer (CUSTOMER_MANAGE); repeating the same id or Idempotency-Key changes nothing")
    public Mono<ResponseEntity<CustomerResponse>> create(@Valid @RequestBody CustomerRequest request,
                                                         @RequestHeader(name = EntityIds.IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
                                                         Caller caller) {
        UUID id = EntityIds.forCreate(request.id(), idempotencyKey, caller, "customer");
        return commands.<CustomerState>send(new RegisterCustomer(id, caller.businessId(), request.details(),
                        caller.actor()), caller)
                .flatMap(state -> withTotals(state, caller))
                .map(body -> ResponseEntity.status(HttpStatus.CREATED).body(body));
    }

    @GetMapping
    @Operation(operationId = "listCustomers",
            summary = "Search and page customers (CUSTOMER_VIEW)")
    public Mono<PageResponse<CustomerResponse>> list(@RequestParam(required = false) String search,
                                                     @RequestParam(required = false) CustomerStatus status,
                                                     @ParameterObject PageParams page, Caller caller) {
        return customers(search, status, false, page, caller);
    }

    @GetMapping("/with-credit")
    @Operation(operationId = "listCustomersWithCredit",
            summary = "Customers who owe udhaar, largest balance first (CUSTOMER_VIEW)")
    public Mono<PageResponse<CustomerResponse>> withCredit(@ParameterObject PageParams page, Caller caller) {
        return customers(null, null, true, page, caller);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCustomer",
            summary = "One customer with balances and purchase totals (CUSTOMER_VIEW)")
    public Mono<CustomerResponse> get(@PathVariable UUID id, Caller caller) {
        return find(id, caller).map(CustomerResponse::of);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateCustomer",
            summary = "Revise a customer's details, credit limit or status (CUSTOMER_MANAGE)")
    public Mono<CustomerResponse> update(@PathVariable UUID id, @Valid @RequestBody CustomerRequest request,
                                         Caller caller) {
        return commands.<CustomerState>send(new ReviseCustomer(id, caller.businessId(), request.details(),
                        request.status(), caller.actor()), caller, "CUSTOMER_NOT_FOUND")
                .flatMap(state -> withTotals(state, caller));
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "getCustomerPurchases",
            summary = "The customer's bills, newest first (CUSTOMER_VIEW)")
    public Mono<PageResponse<SaleResponse>> history(@PathVariable UUID id, @ParameterObject PageParams page, Caller caller) {
        PageRequest request = page.toRequest();
        return find(id, caller)
                .then(queries.ask(new ListSales(caller.businessId(), null, null, null, id, null, request),
                        SalePage.class))
                .map(result -> PageResponse.of(result.items(), result.total(), request, SaleResponse::of));
    }

    @GetMapping("/{id}/credit")
    @Operation(operationId = "getCustomerCredit",
            summary = "The customer's udhaar balance and every credit movement (CREDIT_VIEW)")
    public Mono<CustomerCredit> credit(@PathVariable UUID id, @ParameterObject PageParams page, Caller caller) {
        PageRequest request = page.toRequest();
        return find(id, caller).zipWith(
                queries.ask(new ListCreditTransactions(caller.businessId(), id, null, request),
                        CreditTransactionPage.class),
                (customer, transactions) -> new CustomerCredit(customer.id(), customer.name(),
                        customer.creditBalance(), customer.creditLimit(),
                        PageResponse.of(transactions.items(), transactions.total(), request, t -> t)));
    }

    public record CustomerCredit(UUID customerId, String name, Money creditBalance, Money creditLimit,
                                 PageResponse<CreditTransactionView> transactions) {
    }

    private Mono<PageResponse<CustomerResponse>> customers(String search, CustomerStatus status, boolean withCredit,
                                                           @ParameterObject PageParams page, Caller caller) {
        PageRequest request = page.toRequest();
        return queries.ask(new ListCustomers(caller.businessId(), search, status, withCredit, request),
                        CustomerPage.class)
                .map(result -> PageResponse.of(result.items(), result.total(), request, CustomerResponse::of));
    }

    private Mono<CustomerView> find(UUID id, Caller caller) {
        return Found.orNotFound(queries.ask(new FindCustomer(caller.businessId(), id), CustomerView.class),
                "CUSTOMER_NOT_FOUND", id);
    }

    private Mono<CustomerResponse> withTotals(CustomerState state, Caller caller) {
        return queries.ask(new FindCustomer(caller.businessId(), state.id()), CustomerView.class)
                .map(known -> CustomerResponse.of(state, known))
                .defaultIfEmpty(CustomerResponse.of(state, null));
    }
}
