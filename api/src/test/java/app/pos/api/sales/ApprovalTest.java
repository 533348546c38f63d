package app.pos.api.sales;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static app.pos.api.support.Api.payment;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The store's approval threshold is 500.00: a cashier's bill over it waits for an owner. */
class ApprovalTest extends IntegrationTest {

    private Api owner;
    private Api manager;
    private Api cashier;
    private UUID phone;

    @BeforeEach
    void openStore() {
        TestStore store = stores.open("500.00");
        owner = Api.as(http, store, Role.OWNER);
        manager = Api.as(http, store, Role.MANAGER);
        cashier = Api.as(http, store, Role.CASHIER);
        phone = owner.createProduct("Phone", "300.00", 10);
    }

    /** 2 × 300.00 + 5% = 630.00, over the threshold. */
    private Response pendingBill() {
        return cashier.sell(cashBill(line(phone, 2))).expect(202).has("/status", "PENDING_APPROVAL");
    }

    @Test
    void aCashiersBillOverTheThresholdWaitsAndLeavesTheStockAlone() {
        Response pending = pendingBill();
        pending.money("/totalAmount", "630.00");
        assertThat(pending.text("/billNumber")).matches("BILL-\\d{4}-\\d{6}");
        Api.pause(300);
        // the read side first: the command-side probe briefly moves the projected stock itself
        assertThat(owner.stock(phone)).isEqualByComparingTo("10");
        assertThat(owner.commandSideStock(phone)).isEqualByComparingTo("10");
    }

    @Test
    void aCashiersBillForMoreThanTheShelfHoldsIsRefusedAtOnceInsteadOfWaiting() {
        UUID rice = owner.createProduct("Rice", "1.00", 40);
        Response refused = cashier.sell(map("items", List.of(line(rice, 100_000)),
                "payments", List.of(payment("CASH", "105000.00")))).problem(409, "INSUFFICIENT_STOCK");
        assertThat(refused.text("/products/0/productId")).isEqualTo(rice.toString());
        assertThat(refused.decimal("/products/0/available")).isEqualByComparingTo("40");
        assertThat(refused.decimal("/products/0/requested")).isEqualByComparingTo("100000");
        Api.pause(300);
        assertThat(owner.get("/api/v1/sales/pending-approval").expect(200).items()).isEmpty();
    }

    @Test
    void aCashiersBillOverTheCustomersUdhaarLimitIsRefusedAtOnceInsteadOfWaiting() {
        UUID regular = owner.createCustomer("Regular", "100.00");
        cashier.sell(map("customerId", regular, "items", List.of(line(phone, 2)),
                "payments", List.of(payment("CREDIT", "630.00")))).problem(409, "CREDIT_LIMIT_EXCEEDED");
        Api.pause(300);
        assertThat(owner.get("/api/v1/sales/pending-approval").expect(200).items()).isEmpty();
        assertThat(owner.creditBalance(regular)).isEqualByComparingTo("0");
    }

    @Test
    void theOwnerSeesItInPendingApproval() {
        UUID id = pendingBill().id();
        eventually(() -> assertThat(owner.get("/api/v1/sales/pending-approval").expect(200).itemTexts("id"))
                .containsExactly(id.toString()));
    }

    @Test
    void cashiersAndManagersCannotApprove() {
        UUID id = pendingBill().id();
        cashier.post("/api/v1/sales/" + id + "/approve", null).problem(403, "NOT_ALLOWED");
        manager.post("/api/v1/sales/" + id + "/approve", null).problem(403, "NOT_ALLOWED");
        cashier.post("/api/v1/sales/" + id + "/reject", map("notes", "no")).problem(403, "NOT_ALLOWED");
        eventually(() -> owner.get("/api/v1/sales/" + id).expect(200).has("/status", "PENDING_APPROVAL"));
    }

    @Test
    void theOwnersApprovalCompletesTheBillAndTakesTheStock() {
        UUID id = pendingBill().id();
        owner.post("/api/v1/sales/" + id + "/approve", map("notes", "ok")).expect(200)
                .has("/status", "COMPLETED").has("/id", id.toString()).money("/totalAmount", "630.00");
        owner.awaitStock(phone, "8");
        eventually(() -> owner.get("/api/v1/sales/" + id).expect(200).has("/status", "COMPLETED"));
        owner.post("/api/v1/sales/" + id + "/approve", null).problem(409, "BILL_NOT_PENDING_APPROVAL");
        assertThat(owner.commandSideStock(phone)).isEqualByComparingTo("8");
    }

    @Test
    void rejectingNeedsNotes() {
        UUID id = pendingBill().id();
        owner.post("/api/v1/sales/" + id + "/reject", map("notes", " ")).problem(400, "VALIDATION_FAILED")
                .hasErrorOn("notes");
        owner.post("/api/v1/sales/" + id + "/reject", map()).problem(400, "VALIDATION_FAILED").hasErrorOn("notes");
    }

    @Test
    void aRejectedBillGoesBackToDraft() {
        UUID id = pendingBill().id();
        owner.post("/api/v1/sales/" + id + "/reject", map("notes", "too much discount")).expect(200)
                .has("/status", "DRAFT");
        eventually(() -> owner.get("/api/v1/sales/" + id).expect(200).has("/status", "DRAFT"));
        assertThat(owner.commandSideStock(phone)).isEqualByComparingTo("10");
    }

    @Test
    void aDraftStillOverTheThresholdIsSubmittedForApprovalAgain() {
        UUID id = pendingBill().id();
        owner.post("/api/v1/sales/" + id + "/reject", map("notes", "check qty")).expect(200);
        cashier.put("/api/v1/sales/" + id, cashBill(line(phone, 3))).expect(200)
                .has("/status", "DRAFT").money("/totalAmount", "945.00");
        cashier.post("/api/v1/sales/" + id + "/submit", null).expect(202).has("/status", "PENDING_APPROVAL");
        assertThat(owner.commandSideStock(phone)).isEqualByComparingTo("10");
    }

    @Test
    void aDraftBroughtUnderTheThresholdCompletesOnSubmit() {
        Response pending = pendingBill();
        UUID id = pending.id();
        owner.post("/api/v1/sales/" + id + "/reject", map("notes", "one only")).expect(200);
        cashier.put("/api/v1/sales/" + id, cashBill(line(phone, 1))).expect(200).money("/totalAmount", "315.00");
        cashier.post("/api/v1/sales/" + id + "/submit", null).expect(201).has("/status", "COMPLETED")
                .has("/billNumber", pending.text("/billNumber"));
        owner.awaitStock(phone, "9");
    }

    @Test
    void theApprovalHistoryListsEveryStepInOrder() {
        UUID id = pendingBill().id();
        owner.post("/api/v1/sales/" + id + "/reject", map("notes", "fix it")).expect(200);
        cashier.put("/api/v1/sales/" + id, cashBill(line(phone, 3))).expect(200);
        cashier.post("/api/v1/sales/" + id + "/submit", null).expect(202);
        owner.post("/api/v1/sales/" + id + "/approve", null).expect(200).has("/status", "COMPLETED");
        eventually(() -> {
            Response history = owner.get("/api/v1/sales/" + id + "/approval-history").expect(200);
            List<String> actions = new ArrayList<>();
            history.at("/steps").forEach(step -> actions.add(step.path("action").asString()));
            assertThat(actions).containsExactly("SUBMITTED", "REJECTED", "REVISED", "SUBMITTED", "APPROVED");
            assertThat(history.at("/steps/1/notes").asString()).isEqualTo("fix it");
        });
        owner.awaitStock(phone, "7");
    }

    @Test
    void ownersAndManagersBillsOverTheThresholdCompleteAtOnce() {
        owner.sell(cashBill(line(phone, 2))).expect(201).has("/status", "COMPLETED");
        manager.sell(cashBill(line(phone, 2))).expect(201).has("/status", "COMPLETED");
        owner.awaitStock(phone, "6");
    }

    @Test
    void approvingWhenTheStockRanOutMeanwhileIs409AndTheBillStaysPending() {
        UUID id = pendingBill().id();
        owner.sell(cashBill(line(phone, 9))).expect(201);
        owner.post("/api/v1/sales/" + id + "/approve", null).problem(409, "INSUFFICIENT_STOCK");
        Api.pause(300);
        owner.get("/api/v1/sales/" + id).expect(200).has("/status", "PENDING_APPROVAL");
        assertThat(owner.commandSideStock(phone)).isEqualByComparingTo("1");
        // once the shelf is refilled the same bill can still be approved
        owner.post("/api/v1/products/" + phone + "/stock", map("type", "RESTOCK", "quantity", 5)).expect(200);
        owner.post("/api/v1/sales/" + id + "/approve", null).expect(200).has("/status", "COMPLETED");
        owner.awaitStock(phone, "4");
    }

    @Test
    void bulkApprovalReportsAnOutcomePerBill() {
        UUID approvable = pendingBill().id();
        UUID rejected = pendingBill().id();
        owner.post("/api/v1/sales/" + rejected + "/reject", map("notes", "no")).expect(200);

        Response outcome = owner.post("/api/v1/sales/approvals", map("saleIds", List.of(approvable, rejected)))
                .expect(200);
        assertThat(outcome.at("/approved").asInt()).isEqualTo(1);
        assertThat(outcome.at("/failed").asInt()).isEqualTo(1);
        JsonNode first = outcome.at("/results/0");
        assertThat(first.path("saleId").asString()).isEqualTo(approvable.toString());
        assertThat(first.path("approved").asBoolean()).isTrue();
        assertThat(first.path("status").asString()).isEqualTo("COMPLETED");
        JsonNode second = outcome.at("/results/1");
        assertThat(second.path("saleId").asString()).isEqualTo(rejected.toString());
        assertThat(second.path("approved").asBoolean()).isFalse();
        assertThat(second.path("code").asString()).isEqualTo("BILL_NOT_PENDING_APPROVAL");
        owner.awaitStock(phone, "8");
    }
}
