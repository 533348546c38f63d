package app.pos.bench;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static app.pos.bench.StoreSeeder.map;

/**
 * One virtual till with its cashier signed in. It has one request out at a time. Closed: the next goes
 * as soon as the last is answered. Open: requests are due at a fixed interval, and latency counts from
 * when one was due, so a slow answer that delays the next start is charged to the server
 * (no coordinated omission).
 */
final class Terminal {

    /** An open-mode request that starts this much after it was due counts as late. */
    static final long LATE_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final Session cashier;
    private final Shared shared;
    private final Scheduler timer = Schedulers.parallel();

    /** What all tills of a run share. */
    record Shared(PosHttp http, RunClock clock, WorkMix mix, Carts carts, CreditBook creditBook, Approvals approvals,
                  Measurements measurements, PushLag pushLag, ProjectionLagProbe projectionLag, double lagSample,
                  SurvivingSales sales) {
    }

    Terminal(Session cashier, Shared shared) {
        this.cashier = cashier;
        this.shared = shared;
    }

    void runClosed(Runnable finished) {
        long now = System.nanoTime();
        if (shared.clock().over(now)) {
            finished.run();
            return;
        }
        step(now, answeredAtAll -> {
            if (answeredAtAll) {
                runClosed(finished);
            } else {
                // no answer at all (refused, reset): do not spin against a server that is not there
                timer.schedule(() -> runClosed(finished), 10, TimeUnit.MILLISECONDS);
            }
        });
    }

    void runOpen(long due, long intervalNanos, Runnable finished) {
        if (shared.clock().over(due)) {
            finished.run();
            return;
        }
        long wait = due - System.nanoTime();
        if (wait > 0) {
            timer.schedule(() -> startOpen(due, intervalNanos, finished), wait, TimeUnit.NANOSECONDS);
        } else {
            startOpen(due, intervalNanos, finished);
        }
    }

    private void startOpen(long due, long intervalNanos, Runnable finished) {
        if (System.nanoTime() - due > LATE_AFTER_NANOS && shared.clock().measured(due)) {
            shared.measurements().lateStart();
        }
        step(due, answered -> runOpen(due + intervalNanos, intervalNanos, finished));
    }

    private interface Then {
        void answered(boolean atAll);
    }

    /** One request, timed from {@code start} (now, or when it was due). */
    private void step(long start, Then then) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        RequestKind picked = shared.mix().next(random);
        CreditBook.Repayment repayment = null;
        if (picked == RequestKind.CREDIT_PAYMENT) {
            repayment = shared.creditBook().collect(random, 5_000 + random.nextLong(45_000));
            if (repayment == null) {
                picked = shared.mix().bill(random); // nobody owes anything yet
            }
        }
        UUID billToRead = picked == RequestKind.READ_SALE ? shared.projectionLag().visible().any(random) : null;
        if (picked == RequestKind.READ_SALE && billToRead == null) {
            picked = RequestKind.READ_PRODUCTS; // no bill has reached the read side yet
        }
        RequestKind kind = picked;
        UUID id = kind == RequestKind.READ_SALE ? billToRead : UUID.randomUUID();
        UUID customer = kind == RequestKind.SALE_CREDIT ? shared.carts().anyCustomer(random) : null;
        CreditBook.Repayment payment = repayment;
        send(kind, id, customer, payment, random).subscribe(reply -> {
            long end = System.nanoTime();
            boolean measured = shared.clock().measured(start);
            shared.measurements().record(kind, measured, start, end, reply);
            if (kind.sale()) {
                afterSale(id, customer, reply, end, measured);
            } else if (kind == RequestKind.CREDIT_PAYMENT && !reply.ok()) {
                shared.creditBook().refused(payment);
            }
            then.answered(reply.status() != 0);
        });
    }

    private Mono<Reply> send(RequestKind kind, UUID id, UUID customer, CreditBook.Repayment payment,
                             ThreadLocalRandom random) {
        PosHttp http = shared.http();
        Carts carts = shared.carts();
        String key = id.toString();
        return switch (kind) {
            case SALE_CASH -> http.post("/api/v1/sales", carts.cash(id, random), cashier, key);
            case SALE_CREDIT -> http.post("/api/v1/sales", carts.credit(id, customer, random), cashier, key);
            case SALE_SPLIT -> http.post("/api/v1/sales", carts.split(id, random), cashier, key);
            case SALE_FOR_APPROVAL -> http.post("/api/v1/sales", carts.overThreshold(id, random), cashier, key);
            case CREDIT_PAYMENT -> http.post("/api/v1/credit/payments", map("id", id,
                    "customerId", payment.customer(), "amount", BigDecimal.valueOf(payment.paise(), 2),
                    "paymentMethod", random.nextBoolean() ? "CASH" : "UPI", "notes", "udhaar paid at the till"),
                    cashier, key);
            case READ_SALE -> http.get("/api/v1/sales/" + id, cashier);
            case READ_PRODUCTS -> http.get("/api/v1/products?page=1&limit=20", cashier);
            case READ_DASHBOARD -> http.get("/api/v1/dashboard", cashier);
            case APPROVE_BILL -> throw new IllegalStateException("only the owner approves bills");
        };
    }

    private void afterSale(UUID id, UUID customer, Reply reply, long answeredAt, boolean measured) {
        if (reply.status() == 201 || reply.status() == 202) {
            shared.sales().acknowledged(id);
        }
        if (reply.status() == 201) {
            shared.pushLag().acknowledged(id.toString(), answeredAt, measured);
            if (customer != null) {
                shared.creditBook().owes(customer, paise(reply.json().path("creditAmount").decimalValue(BigDecimal.ZERO)));
            }
            if (ThreadLocalRandom.current().nextDouble() < shared.lagSample()) {
                shared.projectionLag().watch(id, answeredAt, cashier, measured);
            }
        } else if (reply.status() == 202) {
            shared.approvals().approveSoon(id);
        }
    }

    private static long paise(BigDecimal amount) {
        return amount.movePointRight(2).longValue();
    }
}
