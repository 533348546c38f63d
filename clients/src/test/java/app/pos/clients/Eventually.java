package app.pos.clients;

import app.pos.client.ApiException;

import java.time.Duration;
import java.time.Instant;

/** Reads follow the event store a moment later: a bill just rung up may take a little while to be readable. */
final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private Eventually() {
    }

    interface Read<T> {
        T get() throws ApiException;
    }

    static <T> T get(Read<T> read) throws ApiException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                return read.get();
            } catch (ApiException notYet) {
                if (notYet.getCode() != 404 || Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
