package app.pos.api.replay;

import app.pos.kernel.stock.StockMoved;
import app.pos.query.shared.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A handler of the projections' processor that fails the first time it meets one product's movement in
 * one sale, either there and then or as the batch commits, and holds the second attempt until the test
 * has looked, for {@link ExactlyOnceTest}. It is in every test's server (a class of its own, since Spring
 * leaves classes nested in tests out of its scan) and inert until a test plans a failure: test servers that
 * share a database share the processor's work, so whichever takes the batch must fail it, and the plan is
 * one for the whole test run.
 */
@Component
@ProcessingGroup(Projections.GROUP)
@Order // after the projections' own handlers of the same event, so its commit hook comes after their writes
class FailingOnce {

    static final Plan PLAN = new Plan();

    private final JdbcTemplate jdbc;

    FailingOnce(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static final class Plan {
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicLong movementRowsInsideTheFailedTransaction = new AtomicLong(-1);
        volatile CountDownLatch retrying = new CountDownLatch(1);
        volatile CountDownLatch checked = new CountDownLatch(1);
        private volatile UUID sale;
        private volatile UUID product;
        private volatile boolean atCommit;

        void failOn(UUID sale, UUID product, boolean atCommit) {
            attempts.set(0);
            movementRowsInsideTheFailedTransaction.set(-1);
            retrying = new CountDownLatch(1);
            checked = new CountDownLatch(1);
            this.product = product;
            this.atCommit = atCommit;
            this.sale = sale;
        }
    }

    @EventHandler
    void on(StockMoved event) throws InterruptedException {
        Plan plan = PLAN;
        if (plan.sale == null || !plan.sale.equals(event.referenceId()) || !plan.product.equals(event.productId())) {
            return;
        }
        if (plan.attempts.incrementAndGet() > 1) {
            plan.retrying.countDown();
            plan.checked.await(30, TimeUnit.SECONDS);
            return;
        }
        if (!plan.atCommit) {
            throw new IllegalStateException("failing on purpose, halfway through the batch");
        }
        CurrentUnitOfWork.get().onPrepareCommit(unit -> {
            // the same connection and transaction as the batch's writes, which have been sent by now
            plan.movementRowsInsideTheFailedTransaction.set(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM sale_view WHERE id = ?", Long.class, plan.sale));
            throw new IllegalStateException("failing on purpose, as the batch commits");
        });
    }
}
