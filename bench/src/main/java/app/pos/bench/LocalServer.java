package app.pos.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The server jar started by the bench: a free port, a fresh data directory, a platform admin, no demo
 * store, no sign-in limit (every till signs in from one address), the heap limit under test, and a signing
 * key of its own, so the tills' tokens outlive a restart.
 */
public final class LocalServer implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private final ProcessBuilder builder;
    private final int port;
    private final Path dataDir;
    private final Path log;
    private final boolean keepData;
    private volatile Process process;

    private LocalServer(ProcessBuilder builder, int port, Path dataDir, Path log, boolean keepData) throws IOException {
        this.builder = builder;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
        this.keepData = keepData;
        this.process = builder.start();
    }

    public static LocalServer start(BenchOptions options, Path log) throws IOException {
        Path jar = options.jar().toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist; build it first: ./mvnw -pl api -am package -DskipTests");
        }
        if (options.database() == BenchOptions.Database.POSTGRES) {
            PostgresDatabase.recreate(options);
        }
        int port = options.port() > 0 ? options.port() : freePort();
        Path dataDir = Files.createTempDirectory("pos-bench-");
        Files.createDirectories(log.toAbsolutePath().getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, options.serverHeap(), "-jar", jar.toString())
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("POS_PORT", String.valueOf(port));
        env.put("POS_DATA_DIR", dataDir.resolve("data").toString());
        env.put("POS_PLATFORM_ADMIN_EMAIL", options.adminEmail());
        env.put("POS_PLATFORM_ADMIN_PASSWORD", options.adminPassword());
        env.put("POS_SIGN_IN_ATTEMPTS_PER_MINUTE", "1000000");
        env.put("POS_DEMO_SEED", "false");
        env.put("POS_JWT_SECRET", randomSecret());
        if (options.database() == BenchOptions.Database.POSTGRES) {
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            env.put("POS_DB_HOST", options.dbHost());
            env.put("POS_DB_PORT", String.valueOf(options.dbPort()));
            env.put("POS_DB_NAME", options.dbName());
            env.put("POS_DB_USER", options.dbUser());
            env.put("POS_DB_PASSWORD", options.dbPassword());
        } else {
            env.remove("SPRING_PROFILES_ACTIVE");
        }
        LocalServer server = new LocalServer(builder, port, dataDir, log, options.keepData());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stopProcess, "stop-pos-server"));
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public void awaitReady(PosHttp http) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting (exit " + process.exitValue()
                        + "); its log ends:\n" + String.join("\n", logTail(40)));
            }
            Reply reply = http.get("/actuator/health/readiness", null).block();
            if (reply != null && reply.status() == 200) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException("the server was not ready within " + STARTUP_TIMEOUT.toSeconds()
                + " s; its log ends:\n" + String.join("\n", logTail(40)));
    }

    /** ERROR lines in the server's log, the first few of them. */
    public List<String> logErrors(int atMost) {
        List<String> errors = new ArrayList<>();
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.filter(line -> line.contains(" ERROR ")).limit(atMost).forEach(errors::add);
        } catch (IOException | UncheckedIOException unreadable) {
            // a log that cannot be read has nothing to report
        }
        return errors;
    }

    public long logErrorCount() {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(" ERROR ")).count();
        } catch (IOException | UncheckedIOException unreadable) {
            return 0;
        }
    }

    /** Kills the server as a power cut would (SIGKILL: no shutdown hook, no flush), then starts it again. */
    public void killAndRestart() throws IOException, InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = builder.start();
    }

    @Override
    public void close() {
        stopProcess();
        if (!keepData) {
            deleteTree(dataDir);
        }
    }

    private void stopProcess() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private List<String> logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException | UncheckedIOException unreadable) {
            return List.of("(log unreadable: " + unreadable.getMessage() + ")");
        }
    }

    private static String randomSecret() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.HexFormat.of().formatHex(key);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server");
        }
    }
}
