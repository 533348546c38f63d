package app.pos.bench;

import reactor.core.Disposable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Owners' screens watching {@code /api/v1/stream/sales}: each connection tells {@link PushLag} when it
 * hears of a bill. They are all listening (the stream's {@code : listening} comment) before the first
 * sale of the run.
 */
public final class SaleStreamWatchers implements AutoCloseable {

    private static final String SALE_ID = "\"saleId\":\"";

    private final List<Disposable> connections = new ArrayList<>();
    private final CountDownLatch listening;
    private final LongAdder dropped = new LongAdder();
    private final AtomicReference<String> firstProblem = new AtomicReference<>();

    private SaleStreamWatchers(int count) {
        this.listening = new CountDownLatch(count);
    }

    public static SaleStreamWatchers open(PosHttp http, Session owner, int count, PushLag lag) {
        SaleStreamWatchers watchers = new SaleStreamWatchers(count);
        String path = "/api/v1/stream/sales?access_token=" + URLEncoder.encode(owner.accessToken(), StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            EventStreamParser parser = new EventStreamParser(new EventStreamParser.Listener() {
                private boolean heard;

                @Override
                public void comment(String text) {
                    if (!heard && text.startsWith("listening")) {
                        heard = true;
                        watchers.listening.countDown();
                    }
                }

                @Override
                public void event(String name, String data) {
                    if (name.equals("sale")) {
                        String saleId = saleId(data);
                        if (saleId != null) {
                            lag.pushed(saleId, System.nanoTime());
                        }
                    }
                }
            });
            watchers.connections.add(http.stream(path).subscribe(parser::feed, error -> {
                watchers.dropped.increment();
                watchers.firstProblem.compareAndSet(null, error.toString());
            }, watchers.dropped::increment));
        }
        return watchers;
    }

    /** True when every connection is listening in time. */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public long listening() {
        return connections.size() - listening.getCount();
    }

    /** Connections that ended or failed before the bench closed them. */
    public long dropped() {
        return dropped.sum();
    }

    public String firstProblem() {
        return firstProblem.get();
    }

    static String saleId(String data) {
        int at = data.indexOf(SALE_ID);
        if (at < 0) {
            return null;
        }
        int start = at + SALE_ID.length();
        int end = data.indexOf('"', start);
        return end < 0 ? null : data.substring(start, end);
    }

    @Override
    public void close() {
        connections.forEach(Disposable::dispose);
    }
}
