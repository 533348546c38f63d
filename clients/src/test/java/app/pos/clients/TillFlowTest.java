package app.pos.clients;

import app.pos.client.ApiClient;
import app.pos.client.ApiException;
import app.pos.client.ApiResponse;
import app.pos.client.api.AuthenticationApi;
import app.pos.client.api.CreditUdhaarApi;
import app.pos.client.api.CustomersApi;
import app.pos.client.api.ProductsAndStockApi;
import app.pos.client.api.SalesBillsApi;
import app.pos.client.model.CreditPaymentRequest;
import app.pos.client.model.CustomerRequest;
import app.pos.client.model.LoginRequest;
import app.pos.client.model.PaymentMethod;
import app.pos.client.model.PaymentRecorded;
import app.pos.client.model.PaymentStatus;
import app.pos.client.model.Problem;
import app.pos.client.model.ProductResponse;
import app.pos.client.model.ProductStatus;
import app.pos.client.model.SaleItem;
import app.pos.client.model.SaleRequest;
import app.pos.client.model.SaleResponse;
import app.pos.client.model.SaleStatus;
import app.pos.client.model.StockShortage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A till's day through the Java client generated from the served document, against the running server:
 * sign in, find a product, ring up bills, read one back, take an udhaar payment, and hear a refusal as a
 * typed problem. Nothing here is hand-written HTTP: if the document and the server disagree, this fails.
 */
class TillFlowTest {

    private static final String TILL = "till-1";

    private static RunningServer server;
    private static ApiClient client;

    @BeforeAll
    static void signIn() throws Exception {
        server = RunningServer.start();
        client = new ApiClient();
        client.updateBaseUri(server.url());
        String token = new AuthenticationApi(client)
                .login(new LoginRequest().email("cashier@demo.local").password("cashier123"), TILL)
                .getAccessToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCashBillIsCreatedAs201AndReadBack() throws ApiException {
        ProductResponse product = productInStock();
        ApiResponse<SaleResponse> created = sales().createSaleWithHttpInfo(new SaleRequest()
                .addItemsItem(new SaleItem().productId(product.getId()).quantity(BigDecimal.ONE))
                .paymentMethod(PaymentMethod.CASH).amountPaid(new BigDecimal("10000.00")), null, TILL);

        assertThat(created.getStatusCode()).isEqualTo(201);
        SaleResponse bill = created.getData();
        assertThat(bill.getStatus()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(bill.getPaymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(bill.getBillNumber()).matches("BILL-\\d{4}-\\d{6}");
        assertThat(bill.getCustomerId()).isNull();
        assertThat(bill.getItems()).singleElement().satisfies(line -> assertThat(line.getProductId())
                .isEqualTo(product.getId()));

        SaleResponse readBack = Eventually.get(() -> sales().getSale(bill.getId(), TILL));
        assertThat(readBack.getBillNumber()).isEqualTo(bill.getBillNumber());
        assertThat(readBack.getTotalAmount()).isEqualByComparingTo(bill.getTotalAmount());
    }

    @Test
    void udhaarTakenOnABillIsPaidDownWithACreditPayment() throws ApiException {
        ProductResponse product = productInStock();
        UUID customer = new CustomersApi(client).createCustomer(new CustomerRequest().name("Ravi Verma")
                .phone("+91 98111 22233").creditLimit(new BigDecimal("5000.00")), null, TILL).getId();
        SaleResponse onCredit = sales().createSale(new SaleRequest().customerId(customer)
                .addItemsItem(new SaleItem().productId(product.getId()).quantity(BigDecimal.ONE))
                .paymentMethod(PaymentMethod.CREDIT).amountPaid(BigDecimal.ZERO), "udhaar-" + UUID.randomUUID(), TILL);
        assertThat(onCredit.getPaymentStatus()).isEqualTo(PaymentStatus.CREDIT);
        assertThat(onCredit.getCreditAmount()).isEqualByComparingTo(onCredit.getTotalAmount());

        PaymentRecorded paid = new CreditUdhaarApi(client).recordCreditPayment(new CreditPaymentRequest()
                .customerId(customer).amount(new BigDecimal("1.00")).paymentMethod(PaymentMethod.UPI)
                .notes("part payment"), null, TILL);

        assertThat(paid.getTransaction().getBalanceBefore()).isEqualByComparingTo(onCredit.getCreditAmount());
        assertThat(paid.getTransaction().getBalanceAfter())
                .isEqualByComparingTo(onCredit.getCreditAmount().subtract(BigDecimal.ONE));
        assertThat(paid.getCustomer().getCreditBalance()).isEqualByComparingTo(paid.getTransaction().getBalanceAfter());
    }

    @Test
    void aBillForMoreThanTheShelfHoldsIsATypedProblemNamingTheProduct() throws Exception {
        ProductResponse product = productInStock();
        BigDecimal tooMany = product.getStockQuantity().add(new BigDecimal("100000"));
        ApiException refused = catchThrowableOfType(ApiException.class, () -> sales().createSale(new SaleRequest()
                .addItemsItem(new SaleItem().productId(product.getId()).quantity(tooMany))
                .paymentMethod(PaymentMethod.CASH).amountPaid(new BigDecimal("999999999.00")), null, TILL));

        assertThat(refused.getCode()).isEqualTo(409);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getCode()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getRequestId()).isNotBlank();
        StockShortage shortage = problem.getProducts().get(0);
        assertThat(shortage.getProductId()).isEqualTo(product.getId());
        assertThat(shortage.getRequested()).isEqualByComparingTo(tooMany);
        assertThat(shortage.getAvailable()).isLessThan(tooMany);
    }

    @Test
    void aProductIsFoundByItsBarcode() throws ApiException {
        ProductResponse product = productsWithBarcodes().get(0);
        assertThat(new ProductsAndStockApi(client).getProductByBarcode(product.getBarcode(), TILL).getId())
                .isEqualTo(product.getId());
    }

    private static SalesBillsApi sales() {
        return new SalesBillsApi(client);
    }

    private static ProductResponse productInStock() throws ApiException {
        List<ProductResponse> products = new ProductsAndStockApi(client)
                .listProducts(null, null, ProductStatus.ACTIVE, null, 1, 100, "name", "asc", TILL).getItems();
        return products.stream().filter(p -> p.getStockQuantity().compareTo(new BigDecimal("20")) >= 0)
                .findFirst().orElseThrow(() -> new AssertionError("no demo product with stock: " + products));
    }

    private static List<ProductResponse> productsWithBarcodes() throws ApiException {
        return new ProductsAndStockApi(client).listProducts(null, null, null, null, 1, 100, null, null, TILL)
                .getItems().stream().filter(p -> p.getBarcode() != null).toList();
    }
}
