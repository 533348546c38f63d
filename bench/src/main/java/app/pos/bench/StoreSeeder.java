package app.pos.bench;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Opens a fresh business through the API, as the platform admin and then its owner would: products with
 * stock that never runs out during a run, customers with room for udhaar, one registered till and one
 * cashier per virtual terminal.
 */
public final class StoreSeeder {

    static final BigDecimal APPROVAL_THRESHOLD = new BigDecimal("25000.00");
    static final int OPENING_STOCK = 10_000_000;
    static final String STAFF_PASSWORD = "Quiet-Mango-Ledger-4817";
    private static final int PARALLEL = 8;

    private final PosHttp http;
    private final BenchOptions options;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    public StoreSeeder(PosHttp http, BenchOptions options) {
        this.http = http;
        this.options = options;
    }

    public Store seed() {
        Session admin = signIn(options.adminEmail(), options.adminPassword(), null);
        String ownerEmail = "owner-" + runId + "@bench.local";
        Reply business = expect(http.post("/api/v1/businesses", map(
                "store", map("storeName", "Bench Store " + runId, "currencySymbol", "₹", "taxRate", new BigDecimal("5.00"),
                        "minStockDefault", BigDecimal.ZERO, "approvalThreshold", APPROVAL_THRESHOLD,
                        "allowNegativeStock", false, "timeZone", "Asia/Kolkata"),
                "owner", map("email", ownerEmail, "fullName", "Bench Owner " + runId, "password", STAFF_PASSWORD)),
                admin, "bench-business-" + runId).block(), 201, "register the business");
        UUID businessId = UUID.fromString(business.text("/id"));
        Session owner = signIn(ownerEmail, STAFF_PASSWORD, null);
        awaitSettings(owner);

        Random prices = new Random(42);
        List<Map<String, Object>> productBodies = new ArrayList<>();
        for (int i = 1; i <= options.products(); i++) {
            BigDecimal price = BigDecimal.valueOf(1_000 + prices.nextInt(49_001), 2);
            productBodies.add(map("id", UUID.randomUUID(), "name", String.format("Bench item %04d", i),
                    "sku", String.format("BENCH-%s-%04d", runId, i), "category", "Category " + (i % 10), "unit", "pcs",
                    "price", price, "costPrice", price.multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.HALF_UP),
                    "stockQuantity", OPENING_STOCK, "minStockLevel", 10));
        }
        List<Store.Product> products = Flux.fromIterable(productBodies)
                .flatMapSequential(body -> http.post("/api/v1/products", body, owner, null)
                        .map(reply -> expect(reply, 201, "create product " + body.get("name")))
                        .map(reply -> new Store.Product((UUID) body.get("id"), (BigDecimal) body.get("price"))), PARALLEL)
                .collectList().block();

        List<UUID> customers = Flux.range(1, options.customers())
                .flatMapSequential(i -> http.post("/api/v1/customers", map("id", UUID.randomUUID(),
                                "name", "Bench customer " + i, "phone", String.format("+91 90000 %05d", i),
                                "creditLimit", new BigDecimal("10000000.00")), owner, null)
                        .map(reply -> UUID.fromString(expect(reply, 201, "create customer " + i).text("/id"))), PARALLEL)
                .collectList().block();

        List<String> tillIds = IntStream.rangeClosed(1, options.terminals())
                .mapToObj(i -> String.format("bench-till-%03d", i)).toList();
        Flux.fromIterable(tillIds)
                .flatMap(till -> http.post("/api/v1/terminals", map("terminalId", till, "name", "Bench " + till), owner, null)
                        .map(reply -> expect(reply, 201, "register till " + till)), PARALLEL)
                .blockLast();
        // Passwords are hashed with bcrypt on both sides of this, so a few at a time.
        List<Session> tills = Flux.fromIterable(tillIds)
                .flatMapSequential(till -> {
                    String email = "cashier-" + till.substring(till.lastIndexOf('-') + 1) + "-" + runId + "@bench.local";
                    return http.post("/api/v1/staff", map("email", email, "fullName", "Cashier at " + till,
                                    "role", "CASHIER", "password", STAFF_PASSWORD), owner, null)
                            .map(reply -> expect(reply, 201, "add cashier " + email))
                            .flatMap(added -> Mono.fromCallable(() -> signIn(email, STAFF_PASSWORD, till))
                                    .subscribeOn(Schedulers.boundedElastic()));
                }, 4)
                .collectList().block();
        return new Store(businessId, owner, List.copyOf(products), List.copyOf(customers), List.copyOf(tills),
                APPROVAL_THRESHOLD);
    }

    /** A person signs in; a freshly registered one may take a moment to reach the read side. */
    public Session signIn(String email, String password, String terminalId) {
        Reply last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            last = http.post("/api/v1/auth/login", map("email", email, "password", password), null, null).block();
            if (last != null && last.status() == 200) {
                return new Session(email, terminalId, last.text("/accessToken"), last.text("/refreshToken"));
            }
            if (last != null && last.status() != 401 && last.status() != 0) {
                break;
            }
            pause(Duration.ofMillis(100));
        }
        throw new SeedingFailed("could not sign in as " + email + ": " + last);
    }

    /** Trades the refresh token for a new pair (access tokens live 15 minutes). */
    public Mono<Void> renew(Session session) {
        return http.post("/api/v1/auth/refresh", map("refreshToken", session.refreshToken()), null, null)
                .doOnNext(reply -> {
                    if (reply.status() == 200) {
                        session.renewed(reply.text("/accessToken"), reply.text("/refreshToken"));
                    }
                })
                .then();
    }

    private void awaitSettings(Session owner) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Reply reply = http.get("/api/v1/settings", owner).block();
            if (reply != null && reply.status() == 200) {
                return;
            }
            pause(Duration.ofMillis(100));
        }
        throw new SeedingFailed("the new store's settings never became readable");
    }

    private static Reply expect(Reply reply, int status, String what) {
        if (reply == null || reply.status() != status) {
            throw new SeedingFailed("could not " + what + ": expected " + status + ", got " + reply);
        }
        return reply;
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedingFailed("interrupted");
        }
    }

    public static final class SeedingFailed extends RuntimeException {
        SeedingFailed(String message) {
            super(message);
        }
    }
}
