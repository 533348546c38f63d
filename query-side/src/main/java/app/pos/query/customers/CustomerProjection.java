package app.pos.query.customers;

import app.pos.kernel.credit.CreditPaymentRecorded;
import app.pos.kernel.credit.CreditTaken;
import app.pos.kernel.credit.CreditTransactionType;
import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.customers.CustomerDetails;
import app.pos.kernel.customers.CustomerRegistered;
import app.pos.kernel.customers.CustomerRevised;
import app.pos.kernel.customers.CustomerStatus;
import app.pos.kernel.money.Money;
import app.pos.kernel.wallet.WalletDebited;
import app.pos.query.dashboard.DashboardUpdates;
import app.pos.query.shared.Params;
import app.pos.query.shared.ProjectionTables;
import app.pos.query.shared.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

import static app.pos.query.shared.Params.params;

/** Customers with their udhaar and wallet balances, and every udhaar movement. */
@Component
@ProcessingGroup(Projections.GROUP)
@ProjectionTables(name = "customers", tables = {"customer_view", "credit_transaction_view"})
public class CustomerProjection {

    private final Projections projections;
    private final DashboardUpdates dashboards;

    public CustomerProjection(Projections projections, DashboardUpdates dashboards) {
        this.projections = projections;
        this.dashboards = dashboards;
    }

    @EventHandler
    void on(CustomerRegistered event) {
        projections.write("""
                INSERT INTO customer_view (id, business_id, name, phone, email, address, credit_balance,
                    credit_limit, wallet_balance, loyalty_points, status, created_at, updated_at)
                VALUES (:id, :businessId, :name, :phone, :email, :address, 0, :creditLimit, 0, 0, :status, :at, :at)""",
                details(event.details()).uuid("id", event.customerId()).uuid("businessId", event.businessId())
                        .name("status", CustomerStatus.ACTIVE).instant("at", event.registeredAt()));
        dashboards.changed(event.businessId());
    }

    @EventHandler
    void on(CustomerRevised event) {
        projections.write("""
                UPDATE customer_view SET name = :name, phone = :phone, email = :email, address = :address,
                    credit_limit = :creditLimit, status = :status, updated_at = :at
                WHERE id = :id""",
                details(event.details()).uuid("id", event.customerId()).name("status", event.status())
                        .instant("at", event.revisedAt()));
        dashboards.changed(event.businessId());
    }

    @EventHandler
    void on(CreditTaken event) {
        balance("credit_balance", event.customerId(), event.balanceAfter(), event.occurredAt());
        transaction(event.transactionId(), event.businessId(), event.customerId(), event.saleId(),
                CreditTransactionType.CREDIT_TAKEN, event.amount(), event.balanceBefore(), event.balanceAfter(),
                PaymentMethod.CREDIT, "Credit from sale " + event.billNumber(), event.recordedBy(),
                event.occurredAt());
        dashboards.changed(event.businessId());
    }

    @EventHandler
    void on(CreditPaymentRecorded event) {
        balance("credit_balance", event.customerId(), event.balanceAfter(), event.occurredAt());
        transaction(event.paymentId(), event.businessId(), event.customerId(), null,
                CreditTransactionType.PAYMENT_MADE, event.amount(), event.balanceBefore(), event.balanceAfter(),
                event.method(), event.notes(), event.recordedBy(), event.occurredAt());
        dashboards.changed(event.businessId());
    }

    @EventHandler
    void on(WalletDebited event) {
        balance("wallet_balance", event.customerId(), event.balanceAfter(), event.occurredAt());
    }

    @ResetHandler
    void reset() {
        projections.write("DELETE FROM credit_transaction_view", params());
        projections.write("DELETE FROM customer_view", params());
    }

    private void balance(String column, UUID customerId, Money balance, Instant at) {
        projections.write("UPDATE customer_view SET " + column + " = :balance, updated_at = :at WHERE id = :id",
                params().uuid("id", customerId).money("balance", balance).instant("at", at));
    }

    private void transaction(UUID id, UUID businessId, UUID customerId, UUID saleId, CreditTransactionType type,
                             Money amount, Money before, Money after, PaymentMethod method, String notes,
                             UUID createdBy, Instant at) {
        projections.write("""
                INSERT INTO credit_transaction_view (id, business_id, customer_id, sale_id, transaction_type, amount,
                    balance_before, balance_after, payment_method, notes, created_by, created_at)
                VALUES (:id, :businessId, :customerId, :saleId, :type, :amount, :before, :after, :method, :notes,
                    :createdBy, :at)""",
                params().uuid("id", id).uuid("businessId", businessId).uuid("customerId", customerId)
                        .uuid("saleId", saleId).name("type", type).money("amount", amount).money("before", before)
                        .money("after", after).name("method", method).text("notes", notes)
                        .uuid("createdBy", createdBy).instant("at", at));
    }

    private static Params details(CustomerDetails details) {
        return params().text("name", details.name()).text("phone", details.phone()).text("email", details.email())
                .text("address", details.address()).money("creditLimit", details.creditLimit());
    }
}
