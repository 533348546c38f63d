package app.pos.bench;

import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every sale the server acknowledged (201 or 202), looked up on its read side once the run is over: a sale
 * acknowledged is a sale kept, whatever happened to the server afterwards.
 */
final class SurvivingSales {

    private static final int IN_FLIGHT = 16;
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();

    void acknowledged(UUID sale) {
        acknowledged.add(sale);
    }

    /** Looks each sale up, again and again for a while for those the read side does not show yet. */
    Outcome check(PosHttp http, Session reader) throws InterruptedException {
        List<UUID> missing = List.copyOf(acknowledged);
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            missing = Flux.fromIterable(missing)
                    .flatMap(sale -> http.get("/api/v1/sales/" + sale, reader)
                            .filter(reply -> reply.status() != 200).map(reply -> sale), IN_FLIGHT)
                    .collectList().block();
            if (missing == null || missing.isEmpty() || System.nanoTime() > deadline) {
                return new Outcome(acknowledged.size(), missing == null ? List.of() : missing);
            }
            Thread.sleep(1_000);
        }
    }

    record Outcome(long acknowledged, List<UUID> missing) {
    }
}
