package app.pos.api.support;

import tools.jackson.databind.JsonNode;

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
 * Sends a request exactly as written, byte for byte, over a plain socket: what an HTTP client library
 * would refuse to send (an encoded {@code ../}, a 20 KB address) reaches the server as it is.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** {@code requestHead} is the request line and headers, without the blank line that ends them. */
    public static Answer send(int port, String requestHead) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestHead + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        assertThat(end).as("a complete response head in %s", raw).isPositive();
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String body = raw.substring(end + 4);
        return new Answer(status, headers, body, Api.parse(body));
    }

    public record Answer(int status, Map<String, String> headers, String body, JsonNode json) {

        /** The API's error shape: problem+json with this status and code, and a request id. */
        public Answer problem(int expected, String code) {
            assertThat(status).as("status, body %s", body).isEqualTo(expected);
            assertThat(headers.get("content-type")).as("content type, body %s", body)
                    .startsWith("application/problem+json");
            assertThat(json.path("code").asString()).as("code in %s", body).isEqualTo(code);
            assertThat(json.path("status").asInt()).isEqualTo(expected);
            assertThat(json.path("requestId").asString()).isNotBlank();
            return this;
        }
    }
}
