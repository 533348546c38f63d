package app.pos.api.credit;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static app.pos.api.support.Api.dec;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Api.payment;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class CreditTest extends IntegrationTest {

    private Api owner;
    private Api cashier;
    private UUID customer;

    /** A customer who owes 420.00 (a 400.00 product plus 5% tax, all on udhaar). */
    @BeforeEach
    void aCustomerOwing420() {
        TestStore store = stores.open(null);
        owner = Api.as(http, store, Role.OWNER);
        cashier = Api.as(http, store, Role.CASHIER);
        UUID p = owner.createProduct("Cooker", "400.00", 5);
        customer = owner.createCustomer("Lakshmi", "1000.00");
        cashier.sell(map("customerId", customer, "items", List.of(line(p, 1)),
                "payments", List.of(payment("CREDIT", "420.00")))).expect(201).has("/paymentStatus", "CREDIT");
        eventually(() -> assertThat(owner.creditBalance(customer)).isEqualByComparingTo("420.00"));
    }

    private Response pay(String amount, String method) {
        return cashier.post("/api/v1/credit/payments",
                map("customerId", customer, "amount", dec(amount), "paymentMethod", method, "notes", "part payment"));
    }

    @Test
    void aPaymentAnswers201WithTheTransactionAndTheNewBalance() {
        Response paid = pay("150.00", "UPI").expect(201);
        paid.has("/transaction/transactionType", "PAYMENT_MADE")
                .has("/transaction/customerId", customer.toString())
                .money("/transaction/amount", "150.00")
                .money("/transaction/balanceBefore", "420.00")
                .money("/transaction/balanceAfter", "270.00")
                .has("/transaction/paymentMethod", "UPI")
                .has("/customer/id", customer.toString())
                .has("/customer/name", "Lakshmi")
                .money("/customer/creditBalance", "270.00");
        assertThat(paid.text("/transaction/id")).isNotNull();
        assertThat(paid.text("/transaction/createdAt")).isNotNull();
    }

    @Test
    void payingMoreThanIsOwedIs409AndChangesNothing() {
        pay("420.01", "CASH").problem(409, "PAYMENT_EXCEEDS_CREDIT_BALANCE");
        Api.pause(300);
        assertThat(owner.creditBalance(customer)).isEqualByComparingTo("420.00");
        pay("420.00", "CASH").expect(201).money("/customer/creditBalance", "0.00");
    }

    @Test
    void payingUdhaarWithCreditIs422() {
        pay("10.00", "CREDIT").problem(422, "INVALID_PAYMENT_METHOD");
    }

    @Test
    void aZeroAmountIs400NamingAmount() {
        pay("0.00", "CASH").problem(400, "VALIDATION_FAILED").hasErrorOn("amount");
    }

    @Test
    void anUnknownCustomerIs404() {
        cashier.post("/api/v1/credit/payments", map("customerId", UUID.randomUUID(), "amount", dec("1.00"),
                "paymentMethod", "CASH")).problem(404, "CUSTOMER_NOT_FOUND");
    }

    @Test
    void theCreditListsReflectAPayment() {
        pay("100.00", "CASH").expect(201);
        eventually(() -> {
            Response outstanding = owner.get("/api/v1/credit").expect(200);
            assertThat(outstanding.itemTexts("id")).containsExactly(customer.toString());
            assertThat(outstanding.at("/items/0/creditBalance").decimalValue().toPlainString()).isEqualTo("320.00");

            Response total = owner.get("/api/v1/credit/total").expect(200);
            total.money("/totalAmount", "320.00");
            assertThat(total.at("/customersCount").asLong()).isEqualTo(1);

            Response transactions = owner.get("/api/v1/credit/transactions").expect(200);
            assertThat(transactions.itemTexts("transactionType")).containsExactly("PAYMENT_MADE", "CREDIT_TAKEN");
            assertThat(transactions.at("/items/0/balanceAfter").decimalValue()).isEqualByComparingTo("320.00");
            assertThat(transactions.at("/page/total").asLong()).isEqualTo(2);

            assertThat(owner.get("/api/v1/customers/with-credit").expect(200).itemTexts("id"))
                    .containsExactly(customer.toString());
        });
    }

    @Test
    void aCustomerWhoPaidEverythingLeavesTheCreditLists() {
        pay("420.00", "BANK_TRANSFER").expect(201);
        eventually(() -> {
            assertThat(owner.get("/api/v1/credit").expect(200).items()).isEmpty();
            assertThat(owner.get("/api/v1/customers/with-credit").expect(200).items()).isEmpty();
            owner.get("/api/v1/credit/total").expect(200).money("/totalAmount", "0.00");
        });
    }
}
