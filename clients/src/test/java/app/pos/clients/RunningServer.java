package app.pos.clients;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server as a terminal developer runs it: the api module's jar in a process of its own, on the embedded
 * database in a fresh directory, on a free port, with the demo store seeded. Stopped when the tests end.
 */
final class RunningServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final int port;

    private RunningServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static RunningServer start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("pos.server.jar", "../api/target/pos-server.jar"));
        assertThat(jar).as("the server jar, built by the api module").exists();
        Path data = Files.createTempDirectory("pos-clients-");
        Path log = Path.of("target", "server.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("POS_DATA_DIR", data.toString());
        builder.environment().put("POS_PORT", String.valueOf(port));
        builder.environment().put("POS_DEMO_SEED", "true");
        RunningServer server = new RunningServer(builder.start(), log, port);
        server.awaitReady();
        return server;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the server stopped while starting; see %s", log).isTrue();
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server was not ready within " + STARTUP + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
