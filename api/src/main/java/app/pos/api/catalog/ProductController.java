package app.pos.api.catalog;

import app.pos.api.problem.InvalidInput;
import app.pos.api.settings.StoreClock;
import app.pos.api.shared.Caller;
import app.pos.api.shared.Commands;
import app.pos.api.shared.EntityIds;
import app.pos.api.shared.Found;
import app.pos.api.shared.PageParams;
import app.pos.api.shared.PageResponse;
import app.pos.api.shared.Queries;
import app.pos.kernel.catalog.CreateProduct;
import app.pos.kernel.catalog.DiscontinueProduct;
import app.pos.kernel.catalog.FindProduct;
import app.pos.kernel.catalog.FindProductByBarcode;
import app.pos.kernel.catalog.ListExpiringProducts;
import app.pos.kernel.catalog.ListProducts;
import app.pos.kernel.catalog.ProductList;
import app.pos.kernel.catalog.ProductPage;
import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.catalog.ProductView;
import app.pos.kernel.catalog.ReviseProduct;
import app.pos.kernel.paging.PageRequest;
import app.pos.kernel.stock.ChangeStock;
import app.pos.kernel.stock.ListStockMovements;
import app.pos.kernel.stock.Quantity;
import app.pos.kernel.stock.StockChange;
import app.pos.kernel.stock.StockMovementPage;
import app.pos.kernel.stock.StockMovementView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products and stock", description = "Catalog (S1) and stock changed only by events (S2)")
public class ProductController {

    private final Commands commands;
    private final Queries queries;
    private final StoreClock storeClock;

    public ProductController(Commands commands, Queries queries, StoreClock storeClock) {
        this.commands = commands;
        this.queries = queries;
        this.storeClock = storeClock;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "createProduct",
            summary = "Create a product (PRODUCT_MANAGE); without minStockLevel it takes the store's default; "
            + "repeating the same id or Idempotency-Key changes nothing")
    public Mono<ResponseEntity<ProductResponse>> create(@Valid @RequestBody ProductRequest request,
                                                        @RequestHeader(name = EntityIds.IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
                                                        Caller caller) {
        UUID id = EntityIds.forCreate(request.id(), idempotencyKey, caller, "product");
        return commands.<ProductView>send(new CreateProduct(id, caller.businessId(), request.details(),
                        request.status(), request.openingStock(), caller.actor()), caller)
                .map(view -> ResponseEntity.status(HttpStatus.CREATED).body(ProductResponse.of(view)));
    }

    @GetMapping
    @Operation(operationId = "listProducts",
            summary = "Search, filter, sort and page products (PRODUCT_VIEW)")
    public Mono<PageResponse<ProductResponse>> list(@RequestParam(required = false) String search,
                                                    @RequestParam(required = false) String category,
                                                    @RequestParam(required = false) ProductStatus status,
                                                    @RequestParam(defaultValue = "false") boolean lowStock,
                                                    @ParameterObject PageParams page, Caller caller) {
        PageRequest request = page.toRequest();
        return queries.ask(new ListProducts(caller.businessId(), search, category, status, lowStock, request),
                        ProductPage.class)
                .map(result -> PageResponse.of(result.items(), result.total(), request, ProductResponse::of));
    }

    @GetMapping("/low-stock")
    @Operation(operationId = "listLowStockProducts",
            summary = "Active products below their minimum stock level (PRODUCT_VIEW)")
    public Mono<PageResponse<ProductResponse>> lowStock(@ParameterObject PageParams page, Caller caller) {
        return list(null, null, null, true, page, caller);
    }

    @GetMapping("/expiring")
    @Operation(operationId = "listExpiringProducts",
            summary = "Products in stock that expire within the given number of days (PRODUCT_VIEW)")
    public Mono<Map<String, List<ProductResponse>>> expiring(@RequestParam(defaultValue = "7") int days,
                                                             Caller caller) {
        if (days < 0 || days > 3650) {
            throw new InvalidInput("days", "must be between 0 and 3650");
        }
        return storeClock.today(caller).map(today -> today.date().plusDays(days))
                .flatMap(until -> queries.ask(new ListExpiringProducts(caller.businessId(), until), ProductList.class))
                .map(list -> Map.of("items", list.items().stream().map(ProductResponse::of).toList()));
    }

    @GetMapping("/barcode/{code}")
    @Operation(operationId = "getProductByBarcode",
            summary = "Look a product up by its barcode (PRODUCT_VIEW)")
    public Mono<ProductResponse> byBarcode(@PathVariable @Size(max = 100) String code, Caller caller) {
        return Found.orNotFound(queries.ask(new FindProductByBarcode(caller.businessId(), code), ProductView.class),
                "PRODUCT_NOT_FOUND", code).map(ProductResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getProduct",
            summary = "One product (PRODUCT_VIEW)")
    public Mono<ProductResponse> get(@PathVariable UUID id, Caller caller) {
        return find(id, caller).map(ProductResponse::of);
    }

    /** Another business's product is not found, exactly like one that never existed. */
    private Mono<ProductView> find(UUID id, Caller caller) {
        return Found.orNotFound(queries.ask(new FindProduct(caller.businessId(), id), ProductView.class),
                "PRODUCT_NOT_FOUND", id);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateProduct",
            summary = "Revise a product's details (PRODUCT_MANAGE); stock changes go through /stock, and a "
            + "missing minStockLevel keeps the current one")
    public Mono<ProductResponse> update(@PathVariable UUID id, @Valid @RequestBody ProductRequest request,
                                        Caller caller) {
        return commands.<ProductView>send(new ReviseProduct(id, caller.businessId(), request.details(),
                        request.status(), caller.actor()), caller, "PRODUCT_NOT_FOUND")
                .map(ProductResponse::of);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "discontinueProduct",
            summary = "Discontinue a product (PRODUCT_MANAGE); its history stays")
    public Mono<ProductResponse> discontinue(@PathVariable UUID id, Caller caller) {
        return commands.<ProductView>send(new DiscontinueProduct(id, caller.businessId(), caller.actor()), caller,
                        "PRODUCT_NOT_FOUND")
                .map(ProductResponse::of);
    }

    @PostMapping("/{id}/stock")
    @Operation(operationId = "changeStock",
            summary = "Restock or adjust a product's stock (STOCK_ADJUST)")
    public Mono<StockChange> changeStock(@PathVariable UUID id, @Valid @RequestBody StockChangeRequest request,
                                         Caller caller) {
        return commands.send(new ChangeStock(id, caller.businessId(), request.type(), Quantity.of(request.quantity()),
                request.reason(), caller.actor()), caller, "PRODUCT_NOT_FOUND");
    }

    @GetMapping("/{id}/stock-movements")
    @Operation(operationId = "listStockMovements",
            summary = "Every stock movement of a product, newest first (PRODUCT_VIEW)")
    public Mono<PageResponse<StockMovementView>> movements(@PathVariable UUID id, @ParameterObject PageParams page, Caller caller) {
        PageRequest request = page.toRequest();
        return find(id, caller)
                .then(queries.ask(new ListStockMovements(caller.businessId(), id, request), StockMovementPage.class))
                .map(result -> PageResponse.of(result.items(), result.total(), request, movement -> movement));
    }

}
