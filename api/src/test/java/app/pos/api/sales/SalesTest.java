package app.pos.api.sales;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.dec;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Api.payment;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class SalesTest extends IntegrationTest {

    private static final String YEAR = String.valueOf(LocalDate.now(ZoneId.of("Asia/Kolkata")).getYear());

    private TestStore store;
    private Api owner;
    private Api cashier;

    @BeforeEach
    void openStore() {
        store = stores.open(null);
        owner = Api.as(http, store, Role.OWNER);
        cashier = Api.as(http, store, Role.CASHIER);
    }

    private static String bill(int number) {
        return "BILL-%s-%06d".formatted(YEAR, number);
    }

    /** Seed 001's worked example, to the paisa. */
    @Test
    void seed001WorkedExampleComesTo98Rupees70() {
        UUID a = owner.createProduct("Product A", "22.00", 20);
        UUID b = owner.createProduct("Product B", "12.00", 20);

        Response sale = cashier.sell(map(
                "items", List.of(line(a, 2, "0"), line(b, 5, "2")),
                "paymentMethod", "CASH", "amountPaid", dec("100.00"))).expect(201);

        sale.has("/status", "COMPLETED")
                .money("/subtotal", "104.00")
                .money("/discountAmount", "10.00")
                .money("/taxAmount", "4.70")
                .money("/totalAmount", "98.70")
                .money("/amountPaid", "100.00")
                .money("/changeDue", "1.30")
                .money("/creditAmount", "0.00")
                .has("/paymentStatus", "PAID");
        assertThat(sale.text("/billNumber")).matches("BILL-\\d{4}-\\d{6}").isEqualTo(bill(1));
        JsonNode lineB = sale.at("/items/1");
        assertThat(lineB.path("productName").asString()).isEqualTo("Product B");
        assertThat(lineB.path("unitPrice").decimalValue().toPlainString()).isEqualTo("12.00");
        assertThat(lineB.path("discount").decimalValue().toPlainString()).isEqualTo("2.00");
        assertThat(lineB.path("taxRate").decimalValue()).isEqualByComparingTo("5");
        assertThat(lineB.path("lineTotal").decimalValue().toPlainString()).isEqualTo("50.00");
        assertThat(sale.at("/payments/0/method").asString()).isEqualTo("CASH");
        assertThat(sale.text("/createdBy")).isEqualTo(cashier.get("/api/v1/auth/me").text("/id"));
    }

    @Test
    void aCompletedSaleTakesItsUnitsOffTheShelfAsSaleMovements() {
        UUID a = owner.createProduct("Product A", "22.00", 20);
        UUID b = owner.createProduct("Product B", "12.00", 20);
        UUID saleId = cashier.sell(map("items", List.of(line(a, 2, "0"), line(b, 5, "2")),
                "paymentMethod", "CASH", "amountPaid", dec("100.00"))).expect(201).id();

        owner.awaitStock(a, "18");
        owner.awaitStock(b, "15");
        eventually(() -> {
            JsonNode movement = owner.movements(b).get(0);
            assertThat(movement.path("movementType").asString()).isEqualTo("SALE");
            assertThat(movement.path("quantityChange").decimalValue()).isEqualByComparingTo("-5");
            assertThat(movement.path("stockBefore").decimalValue()).isEqualByComparingTo("20");
            assertThat(movement.path("stockAfter").decimalValue()).isEqualByComparingTo("15");
            assertThat(movement.path("referenceId").asString()).isEqualTo(saleId.toString());
            assertThat(owner.movements(a).get(0).path("referenceId").asString()).isEqualTo(saleId.toString());
        });
    }

    @Test
    void aSaleCanBeReadByIdByBillNumberByStatusAndInToday() {
        UUID a = owner.createProduct("Product A", "22.00", 20);
        Response sale = cashier.sell(cashBill(line(a, 1))).expect(201);
        UUID id = sale.id();
        String number = sale.text("/billNumber");

        eventually(() -> cashier.get("/api/v1/sales/" + id).expect(200).has("/billNumber", number)
                .money("/totalAmount", "23.10").has("/status", "COMPLETED"));
        cashier.get("/api/v1/sales/bill/" + number).expect(200).has("/id", id.toString());
        assertThat(cashier.get("/api/v1/sales?status=COMPLETED").expect(200).itemTexts("id"))
                .containsExactly(id.toString());
        assertThat(cashier.get("/api/v1/sales?status=PENDING_APPROVAL").expect(200).items()).isEmpty();
        Response today = cashier.get("/api/v1/sales/today").expect(200);
        assertThat(today.at("/summary/billsCount").asLong()).isEqualTo(1);
        assertThat(today.at("/summary/totalAmount").decimalValue().toPlainString()).isEqualTo("23.10");
        assertThat(today.at("/sales/items/0/id").asString()).isEqualTo(id.toString());
        cashier.get("/api/v1/sales/" + UUID.randomUUID()).problem(404, "SALE_NOT_FOUND");
        cashier.get("/api/v1/sales/bill/BILL-1999-000001").problem(404, "SALE_NOT_FOUND");
    }

    @Test
    void aBillCanBeSplitAcrossUpiAndCash() {
        UUID p = owner.createProduct("Kettle", "100.00", 3);
        Response sale = cashier.sell(map("items", List.of(line(p, 1)),
                "payments", List.of(payment("UPI", "60.00"), payment("CASH", "50.00")))).expect(201);
        sale.money("/totalAmount", "105.00").money("/amountPaid", "110.00").money("/changeDue", "5.00")
                .money("/creditAmount", "0.00").has("/paymentStatus", "PAID").has("/paymentMethod", "SPLIT");
        assertThat(sale.at("/payments/0/method").asString()).isEqualTo("UPI");
        assertThat(sale.at("/payments/0/amount").decimalValue().toPlainString()).isEqualTo("60.00");
        assertThat(sale.at("/payments/1/method").asString()).isEqualTo("CASH");
    }

    @Test
    void udhaarGoesOnTheCustomersCreditBalance() {
        UUID p = owner.createProduct("Rice bag", "200.00", 5);
        UUID customer = owner.createCustomer("Ramesh", "1000.00");
        Response sale = cashier.sell(map("customerId", customer, "items", List.of(line(p, 2)),
                "payments", List.of(payment("CASH", "20.00"), payment("CREDIT", "400.00")))).expect(201);
        sale.money("/totalAmount", "420.00").money("/creditAmount", "400.00").money("/amountPaid", "20.00")
                .has("/paymentStatus", "PARTIAL").has("/customerId", customer.toString());

        eventually(() -> assertThat(owner.creditBalance(customer)).isEqualByComparingTo("400.00"));
        eventually(() -> {
            Response credit = owner.get("/api/v1/customers/" + customer + "/credit").expect(200);
            credit.money("/creditBalance", "400.00").money("/creditLimit", "1000.00");
            JsonNode taken = credit.at("/transactions/items/0");
            assertThat(taken.path("transactionType").asString()).isEqualTo("CREDIT_TAKEN");
            assertThat(taken.path("amount").decimalValue().toPlainString()).isEqualTo("400.00");
            assertThat(taken.path("balanceBefore").decimalValue()).isEqualByComparingTo("0");
            assertThat(taken.path("balanceAfter").decimalValue()).isEqualByComparingTo("400");
            assertThat(taken.path("saleId").asString()).isEqualTo(sale.text("/id"));
        });
    }

    @Test
    void theShortFormPutsWhatIsLeftUnpaidOnUdhaar() {
        UUID p = owner.createProduct("Dal", "100.00", 5);
        UUID customer = owner.createCustomer("Sita", "500.00");
        cashier.sell(map("customerId", customer, "items", List.of(line(p, 1)),
                        "paymentMethod", "CREDIT", "amountPaid", dec("5.00"))).expect(201)
                .money("/totalAmount", "105.00").money("/creditAmount", "100.00").has("/paymentStatus", "PARTIAL");
        eventually(() -> assertThat(owner.creditBalance(customer)).isEqualByComparingTo("100.00"));
    }

    @Test
    void creditBeyondTheLimitIs409AndChangesNothing() {
        UUID p = owner.createProduct("TV", "1000.00", 3);
        UUID customer = owner.createCustomer("Mohan", "500.00");
        cashier.sell(map("customerId", customer, "items", List.of(line(p, 1)),
                        "payments", List.of(payment("CREDIT", "1050.00"))))
                .problem(409, "CREDIT_LIMIT_EXCEEDED");

        Api.pause(500);
        assertThat(owner.stock(p)).isEqualByComparingTo("3");
        assertThat(owner.commandSideStock(p)).isEqualByComparingTo("3");
        assertThat(owner.creditBalance(customer)).isEqualByComparingTo("0");
        assertThat(owner.get("/api/v1/sales").expect(200).items()).isEmpty();
        assertThat(owner.movements(p).stream().filter(m -> m.path("movementType").asString().equals("SALE")))
                .isEmpty();
        // and the refused bill gave its number back
        UUID q = owner.createProduct("Remote", "10.00", 3);
        assertThat(cashier.sell(cashBill(line(q, 1))).expect(201).text("/billNumber")).isEqualTo(bill(1));
    }

    @Test
    void creditWithoutACustomerIs422() {
        UUID p = owner.createProduct("Fan", "300.00", 3);
        cashier.sell(map("items", List.of(line(p, 1)), "payments", List.of(payment("CREDIT", "315.00"))))
                .problem(422, "CUSTOMER_REQUIRED_FOR_CREDIT");
        cashier.sell(map("items", List.of(line(p, 1)), "paymentMethod", "CASH", "amountPaid", dec("100.00")))
                .problem(422, "CUSTOMER_REQUIRED_FOR_CREDIT");
    }

    @Test
    void insufficientStockIs409NamingAvailableAndRequestedAndChangesNothing() {
        UUID plenty = owner.createProduct("Pen", "10.00", 50);
        UUID scarce = owner.createProduct("Notebook", "40.00", 2);
        Response refused = cashier.sell(cashBill(line(plenty, 5), line(scarce, 3))).problem(409, "INSUFFICIENT_STOCK");
        assertThat(refused.at("/products")).hasSize(1);
        assertThat(refused.at("/products/0/productId").asString()).isEqualTo(scarce.toString());
        assertThat(refused.at("/products/0/available").decimalValue()).isEqualByComparingTo("2");
        assertThat(refused.at("/products/0/requested").decimalValue()).isEqualByComparingTo("3");

        Api.pause(300);
        assertThat(owner.commandSideStock(plenty)).isEqualByComparingTo("50");
        assertThat(owner.commandSideStock(scarce)).isEqualByComparingTo("2");
        owner.awaitStock(plenty, "50");
        assertThat(owner.get("/api/v1/sales").expect(200).items()).isEmpty();
    }

    @Test
    void aDiscontinuedProductIs422ProductNotActive() {
        UUID p = owner.createProduct("Old soap", "15.00", 10);
        owner.delete("/api/v1/products/" + p).expect(200);
        cashier.sell(cashBill(line(p, 1))).problem(422, "PRODUCT_NOT_ACTIVE");
    }

    @Test
    void anUnknownProductIs404ProductNotFound() {
        UUID p = owner.createProduct("Comb", "15.00", 10);
        cashier.sell(cashBill(line(p, 1), line(UUID.randomUUID(), 1))).problem(404, "PRODUCT_NOT_FOUND");
        assertThat(owner.commandSideStock(p)).isEqualByComparingTo("10");
    }

    @Test
    void billNumbersIncreaseByOnePerCompletedOrPendingBill() {
        TestStore strict = stores.open("500.00");
        Api strictOwner = Api.as(http, strict, Role.OWNER);
        Api strictCashier = Api.as(http, strict, Role.CASHIER);
        UUID p = strictOwner.createProduct("Phone", "1000.00", 10);
        UUID q = strictOwner.createProduct("Cable", "100.00", 10);

        String first = strictCashier.sell(cashBill(line(q, 1))).expect(201).text("/billNumber");
        String second = strictCashier.sell(cashBill(line(p, 1))).expect(202).text("/billNumber");
        strictOwner.sell(cashBill(line(q, 100))).problem(409, "INSUFFICIENT_STOCK");
        String third = strictOwner.sell(cashBill(line(p, 1))).expect(201).text("/billNumber");
        assertThat(List.of(first, second, third)).containsExactly(bill(1), bill(2), bill(3));
    }
}
