package app.pos.api.operations;

import app.pos.api.support.IntegrationTest;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A till keeps its connection open between requests. Spoken over a bare socket so that nothing between the
 * test and the server pools, retries or reopens: what one connection carries is exactly what is sent.
 */
class KeptAliveConnectionsTest extends IntegrationTest {

    private static final int READ_TIMEOUT_MS = 5_000;

    @Test
    void oneConnectionCarriesAShiftOfRequests() throws IOException {
        String token = stores.open(null).token(http, Role.OWNER);
        try (Connection till = new Connection(port())) {
            for (int i = 0; i < 50; i++) {
                till.send(get("/api/v1/settings", token));
                Response settings = till.read();
                assertThat(settings.status).as("request %d on the same connection", i + 1).isEqualTo(200);
                assertThat(settings.headers.get("connection")).as("the server keeps the connection").isNotEqualTo("close");
            }
        }
    }

    /** Reactor Netty #4361: after a queued request that completed at once, the connection stopped reading. */
    @Test
    void aRequestQueuedBehindAnotherIsAnsweredAndTheConnectionGoesOn() throws IOException {
        String token = stores.open(null).token(http, Role.OWNER);
        try (Connection till = new Connection(port())) {
            for (int round = 0; round < 5; round++) {
                till.send(get("/api/v1/products", token) + get("/actuator/health/liveness", null));
                assertThat(till.read().status).isEqualTo(200);
                assertThat(till.read().status).isEqualTo(200);

                till.send(get("/api/v1/settings", token));
                assertThat(till.read().status).as("the request after the queued one, round %d", round + 1).isEqualTo(200);
            }
        }
    }

    private static String get(String path, String token) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
    }

    private record Response(int status, Map<String, String> headers, String body) {
    }

    private static final class Connection implements AutoCloseable {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(int port) throws IOException {
            socket = new Socket("localhost", port);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream());
        }

        void send(String requests) throws IOException {
            out.write(requests.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** One whole response; a server that stops answering fails the read after {@value #READ_TIMEOUT_MS} ms. */
        Response read() throws IOException {
            int status = Integer.parseInt(line().split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                line();
            } else {
                body.write(in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0"))));
            }
            return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
