package app.pos.api.sales;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import app.pos.command.sales.BillNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class RaceTest extends IntegrationTest {

    @Autowired
    private BillNumbers billNumbers;
    private TransactionTemplate checkouts;

    @Autowired
    void transactions(PlatformTransactionManager transactions) {
        this.checkouts = new TransactionTemplate(transactions);
    }

    /** Fires all requests at once (after a common start gate), from as many threads. */
    static List<Response> atOnce(int n, IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eightTillsRacingForTheLastUnitSellItExactlyOnce() throws Exception {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        Api cashier = Api.as(http, store, Role.CASHIER);
        UUID last = owner.createProduct("Last iPhone", "500.00", 1);

        List<Response> responses = atOnce(8, till -> cashier.send(org.springframework.http.HttpMethod.POST,
                "/api/v1/sales", cashBill(line(last, 1)), headers -> headers.set("X-Terminal-Id", "till-" + till)));

        List<Response> sold = responses.stream().filter(r -> r.status() == 201).toList();
        List<Response> refused = responses.stream().filter(r -> r.status() != 201).toList();
        assertThat(sold).as("%s", responses).hasSize(1);
        assertThat(refused).hasSize(7);
        refused.forEach(r -> r.problem(409, "INSUFFICIENT_STOCK"));

        owner.awaitStock(last, "0");
        assertThat(owner.commandSideStock(last)).isEqualByComparingTo("0");
        eventually(() -> assertThat(owner.movements(last).stream()
                .filter(m -> m.path("movementType").asString().equals("SALE")).count()).isEqualTo(1));
        eventually(() -> assertThat(owner.get("/api/v1/sales").expect(200).items()).hasSize(1));
    }

    @Test
    void twentyConcurrentSalesGetTwentyConsecutiveBillNumbers() throws Exception {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        Api cashier = Api.as(http, store, Role.CASHIER);
        List<UUID> products = IntStream.range(0, 20)
                .mapToObj(i -> owner.createProduct("Item " + i, "10.00", 5)).toList();

        List<Response> responses = atOnce(20, i -> cashier.sell(cashBill(line(products.get(i), 1))));

        responses.forEach(r -> r.expect(201));
        String year = String.valueOf(LocalDate.now(ZoneId.of("Asia/Kolkata")).getYear());
        List<String> expected = IntStream.rangeClosed(1, 20).mapToObj(n -> "BILL-%s-%06d".formatted(year, n)).toList();
        assertThat(responses.stream().map(r -> r.text("/billNumber")).sorted().toList())
                .containsExactlyElementsOf(expected);
    }

    /**
     * A checkout that has taken its bill number and is still running holds nothing the next till needs: the
     * number is taken in a transaction of its own, so the next bill of the same business completes meanwhile.
     */
    @Test
    void aCheckoutThatHasTakenItsNumberDoesNotHoldUpTheNextBill() throws Exception {
        TestStore store = stores.open(null);
        Api owner = Api.as(http, store, Role.OWNER);
        Api cashier = Api.as(http, store, Role.CASHIER);
        UUID product = owner.createProduct("Matches", "2.00", 10);
        int year = LocalDate.now(ZoneId.of("Asia/Kolkata")).getYear();
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> stillRunning = CompletableFuture.supplyAsync(() -> checkouts.execute(status -> {
            String number = billNumbers.next(store.businessId(), year);
            taken.countDown();
            await(release);
            return number;
        }));
        assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

        String next = cashier.sell(cashBill(line(product, 1))).expect(201).text("/billNumber");

        release.countDown();
        assertThat(stillRunning.get(10, TimeUnit.SECONDS)).isEqualTo("BILL-%d-000001".formatted(year));
        assertThat(next).isEqualTo("BILL-%d-000002".formatted(year));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
