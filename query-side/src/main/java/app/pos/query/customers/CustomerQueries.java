package app.pos.query.customers;

import app.pos.kernel.credit.CreditOutstanding;
import app.pos.kernel.credit.CreditTransactionPage;
import app.pos.kernel.credit.CreditTransactionType;
import app.pos.kernel.credit.CreditTransactionView;
import app.pos.kernel.credit.FetchCreditOutstanding;
import app.pos.kernel.credit.ListCreditTransactions;
import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.customers.CustomerPage;
import app.pos.kernel.customers.CustomerStatus;
import app.pos.kernel.customers.CustomerView;
import app.pos.kernel.customers.FindCustomer;
import app.pos.kernel.customers.ListCustomers;
import app.pos.kernel.money.Money;
import app.pos.query.shared.Filter;
import app.pos.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.*;

@Component
public class CustomerQueries {

    /** Purchase totals are counted from the completed bills themselves, so they can never drift from them. */
    private static final String SELECT_CUSTOMER = """
            SELECT c.*,
                (SELECT COUNT(*) FROM sale_view s WHERE s.business_id = c.business_id AND s.customer_id = c.id
                    AND s.status = 'COMPLETED') AS total_purchases,
                (SELECT COALESCE(SUM(s.total_amount), 0) FROM sale_view s WHERE s.business_id = c.business_id
                    AND s.customer_id = c.id AND s.status = 'COMPLETED') AS total_spent
            FROM customer_view c""";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "creditBalance", "credit_balance",
            "createdAt", "created_at", "walletBalance", "wallet_balance", "creditLimit", "credit_limit");

    private final Reads reads;

    public CustomerQueries(Reads reads) {
        this.reads = reads;
    }

    @QueryHandler
    public CompletableFuture<CustomerView> handle(FindCustomer query) {
        return reads.one(SELECT_CUSTOMER + " WHERE c.business_id = :businessId AND c.id = :id",
                params().uuid("businessId", query.businessId()).uuid("id", query.customerId()),
                CustomerQueries::customer).toFuture();
    }

    @QueryHandler
    public CompletableFuture<CustomerPage> handle(ListCustomers query) {
        Filter filter = new Filter(params().uuid("businessId", query.businessId())).where("business_id = :businessId");
        if (query.search() != null && !query.search().isBlank()) {
            filter.where("(LOWER(name) LIKE :search OR phone LIKE :search OR LOWER(email) LIKE :search)");
            filter.params().text("search", Filter.likePattern(query.search()));
        }
        if (query.status() != null) {
            filter.where("status = :status");
            filter.params().name("status", query.status());
        }
        if (query.withCreditOnly()) {
            filter.where("credit_balance > 0");
        }
        String order = query.withCreditOnly() ? "credit_balance DESC" : "name";
        return reads.all(SELECT_CUSTOMER + filter.whereClause() + filter.pageClause(query.page(), SORTABLE, order),
                        filter.params(), CustomerQueries::customer)
                .collectList()
                .zipWith(reads.count("SELECT COUNT(*) AS n FROM customer_view" + filter.whereClause(),
                        filter.params()), CustomerPage::new)
                .toFuture();
    }

    @QueryHandler
    public CompletableFuture<CreditTransactionPage> handle(ListCreditTransactions query) {
        Filter filter = new Filter(params().uuid("businessId", query.businessId()))
                .where("t.business_id = :businessId");
        if (query.customerId() != null) {
            filter.where("t.customer_id = :customerId");
            filter.params().uuid("customerId", query.customerId());
        }
        if (query.type() != null) {
            filter.where("t.transaction_type = :type");
            filter.params().name("type", query.type());
        }
        String from = " FROM credit_transaction_view t JOIN customer_view c ON c.id = t.customer_id";
        String page = " ORDER BY t.created_at DESC, t.id" + filter.page(query.page());
        return reads.all("SELECT t.*, c.name AS customer_name" + from + filter.whereClause() + page, filter.params(),
                        CustomerQueries::transaction)
                .collectList()
                .zipWith(reads.count("SELECT COUNT(*) AS n" + from + filter.whereClause(), filter.params()),
                        CreditTransactionPage::new)
                .toFuture();
    }

    @QueryHandler
    public CompletableFuture<CreditOutstanding> handle(FetchCreditOutstanding query) {
        return reads.one("""
                        SELECT COALESCE(SUM(credit_balance), 0) AS total, COUNT(*) AS n FROM customer_view
                        WHERE business_id = :businessId AND credit_balance > 0""",
                params().uuid("businessId", query.businessId()),
                row -> new CreditOutstanding(money(row, "total"), number(row, "n"))).toFuture();
    }

    static CustomerView customer(Readable row) {
        return new CustomerView(uuid(row, "id"), uuid(row, "business_id"), text(row, "name"), text(row, "phone"),
                text(row, "email"), text(row, "address"), money(row, "credit_balance"), money(row, "credit_limit"),
                money(row, "wallet_balance"), number(row, "loyalty_points"), number(row, "total_purchases"),
                Money.of(decimal(row, "total_spent")), enumOf(row, "status", CustomerStatus.class),
                instant(row, "created_at"));
    }

    private static CreditTransactionView transaction(Readable row) {
        return new CreditTransactionView(uuid(row, "id"), uuid(row, "customer_id"), text(row, "customer_name"),
                uuid(row, "sale_id"), enumOf(row, "transaction_type", CreditTransactionType.class),
                money(row, "amount"), money(row, "balance_before"), money(row, "balance_after"),
                enumOf(row, "payment_method", PaymentMethod.class), text(row, "notes"), uuid(row, "created_by"),
                instant(row, "created_at"));
    }
}
