package app.pos.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What to run, from {@code --key=value} arguments. A run either targets a server that is already up
 * ({@code --url}) or starts one of its own from the server jar.
 */
public record BenchOptions(
        String url,
        String adminEmail,
        String adminPassword,
        Long serverPid,
        Path jar,
        Database database,
        String dbHost,
        int dbPort,
        String dbName,
        String dbUser,
        String dbPassword,
        String serverHeap,
        int port,
        boolean keepData,
        int products,
        int customers,
        int terminals,
        Mix mix,
        double approvalShare,
        double creditPaymentShare,
        double readShare,
        Mode mode,
        double rate,
        Duration warmup,
        Duration duration,
        double lagSample,
        int sseSubscribers,
        Path out,
        boolean assertNoErrors,
        List<String> rebuild,
        List<String> verify,
        Duration killServerAt,
        Map<String, String> given) {

    public enum Database { EMBEDDED, POSTGRES }

    /** cash: every bill paid in cash. mixed: 70% cash, 20% udhaar, 10% split tender. */
    public enum Mix { CASH, MIXED }

    /** closed: each till sends as soon as it is answered. open: a fixed arrival rate. */
    public enum Mode { CLOSED, OPEN }

    public static final String DEFAULT_ADMIN_EMAIL = "bench-admin@bench.local";
    public static final String DEFAULT_ADMIN_PASSWORD = "Bench-Platform-Keeper-7391";

    private static final Set<String> FLAGS = Set.of("assert-no-errors", "keep-data", "help");
    private static final Set<String> KEYS = Set.of("url", "admin-email", "admin-password", "server-pid", "jar",
            "database", "db-host", "db-port", "db-name", "db-user", "db-password", "server-heap", "port", "keep-data",
            "products", "customers", "terminals", "mix", "approval-share", "credit-payment-share", "read-share", "mode",
            "rate", "warmup", "duration", "lag-sample", "sse-subscribers", "out", "assert-no-errors", "rebuild", "verify",
            "kill-server-at", "help");

    public static final String HELP = """
            Usage: java -jar bench/target/pos-bench.jar [--key=value ...]

            Target (one of):
              --url=http://host:port     a server that is already running
                --admin-email=, --admin-password=   its platform admin (default: the bench's own, below)
                --server-pid=PID         its process, to sample RSS (optional; local servers only)
              (no --url)                 start api/target/pos-server.jar on a free port with a fresh data directory
                --jar=PATH               another server jar
                --database=embedded|postgres        (default embedded)
                --db-name=pos_bench      PostgreSQL database, dropped and recreated first
                --db-host=127.0.0.1 --db-port=5432 --db-user=postgres --db-password=
                --server-heap=-Xmx512m   the server's heap limit
                --port=0                 the server's port (0: any free port)
                --keep-data              keep the server's data directory afterwards

            Store:
              --products=200             products, each with 10,000,000 units in stock
              --customers=100            customers with credit limits (udhaar)

            Workload:
              --terminals=32             virtual tills, each signed in as a cashier of its own
              --mix=cash|mixed           cash: every bill in cash; mixed: 70% cash, 20% udhaar, 10% split tender
              --approval-share=          share of bills above the approval threshold, approved by the owner
                                         (default 0 with cash, 0.02 with mixed)
              --credit-payment-share=    share of steps that record an udhaar payment (default 0 cash, 0.05 mixed)
              --read-share=0.1           share of steps that read (a bill already on the read side,
                                         the product list, the dashboard)
              --mode=closed|open         closed: next request as soon as answered; open: fixed arrival rate
              --rate=800                 open mode: requests per second over all tills
              --warmup=60s               not recorded (the JIT compiler takes about a minute under load)
              --duration=60s             recorded
              --lag-sample=0.05          share of bills polled on the read side until visible
              --sse-subscribers=1        connections to /api/v1/stream/sales measuring push delay

            Crash (only with a server the bench starts):
              --kill-server-at=40s       kill the server with SIGKILL this long after the warm-up began, while
                                         the tills sell, and start it again on the same data; requests
                                         unanswered meanwhile are counted apart, and afterwards every sale it
                                         acknowledged is looked up

            After the run:
              --rebuild=sales,audit      rebuild these projections (or all) one after another as the platform
                                         admin and report events replayed, seconds and events/s for each
              --verify=all               verify these projections (or all): each is rebuilt aside and compared
                                         row for row with its live tables, which must not differ

            Output:
              --out=bench/results/<yyyyMMdd-HHmmss>.json
              --assert-no-errors         exit 1 if any request, read-side poll or sales stream failed,
                                         a rebuild did not finish, a verification found a difference,
                                         or an acknowledged sale was missing after a crash
              --help
            """;

    public static BenchOptions parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("options look like --key=value, not '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String key = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown option --" + key);
            }
            if (equals < 0 && !FLAGS.contains(key)) {
                throw new IllegalArgumentException("--" + key + " needs a value: --" + key + "=...");
            }
            given.put(key, equals < 0 ? "true" : arg.substring(equals + 1));
        }
        Reader read = new Reader(given);
        Mix mix = read.choice("mix", Mix.CASH, Mix.class);
        boolean mixed = mix == Mix.MIXED;
        Mode mode = read.choice("mode", Mode.CLOSED, Mode.class);
        double rate = read.decimal("rate", 800);
        if (mode == Mode.OPEN && rate <= 0) {
            throw new IllegalArgumentException("--rate must be more than 0 in open mode");
        }
        BenchOptions options = new BenchOptions(
                read.text("url", null),
                read.text("admin-email", DEFAULT_ADMIN_EMAIL),
                read.text("admin-password", DEFAULT_ADMIN_PASSWORD),
                given.containsKey("server-pid") ? Long.valueOf(read.whole("server-pid", 0, 1)) : null,
                Path.of(read.text("jar", "api/target/pos-server.jar")),
                read.choice("database", Database.EMBEDDED, Database.class),
                read.text("db-host", "127.0.0.1"),
                read.whole("db-port", 5432, 1),
                read.text("db-name", "pos_bench"),
                read.text("db-user", "postgres"),
                read.text("db-password", ""),
                heapFlag(read.text("server-heap", "-Xmx512m")),
                read.whole("port", 0, 0),
                read.flag("keep-data"),
                read.whole("products", 200, 3),
                read.whole("customers", 100, 1),
                read.whole("terminals", 32, 1),
                mix,
                read.share("approval-share", mixed ? 0.02 : 0.0),
                read.share("credit-payment-share", mixed ? 0.05 : 0.0),
                read.share("read-share", 0.1),
                mode,
                rate,
                read.duration("warmup", Duration.ofSeconds(60)),
                read.duration("duration", Duration.ofSeconds(60)),
                read.share("lag-sample", 0.05),
                read.whole("sse-subscribers", 1, 0),
                Path.of(read.text("out", defaultOut())),
                read.flag("assert-no-errors"),
                read.names("rebuild"),
                read.names("verify"),
                given.containsKey("kill-server-at") ? read.duration("kill-server-at", null) : null,
                Map.copyOf(given));
        if (options.duration.isZero()) {
            throw new IllegalArgumentException("--duration must be more than 0");
        }
        if (options.killServerAt != null && !options.startsServer()) {
            throw new IllegalArgumentException("--kill-server-at needs a server the bench starts (no --url)");
        }
        if (options.readShare + options.creditPaymentShare > 1.0) {
            throw new IllegalArgumentException("--read-share and --credit-payment-share add up to more than 1");
        }
        return options;
    }

    /** Every setting the run used, defaults included (the admin password left out). */
    public Map<String, Object> effective() {
        Map<String, Object> effective = new LinkedHashMap<>();
        if (url != null) {
            effective.put("url", url);
            effective.put("admin-email", adminEmail);
            effective.put("server-pid", serverPid);
        } else {
            effective.put("jar", jar.toString());
            effective.put("database", database.name().toLowerCase(Locale.ROOT));
            if (database == Database.POSTGRES) {
                effective.put("db", dbUser + "@" + dbHost + ":" + dbPort + "/" + dbName);
            }
            effective.put("server-heap", serverHeap);
        }
        effective.put("products", products);
        effective.put("customers", customers);
        effective.put("terminals", terminals);
        effective.put("mix", mix.name().toLowerCase(Locale.ROOT));
        effective.put("approval-share", approvalShare);
        effective.put("credit-payment-share", creditPaymentShare);
        effective.put("read-share", readShare);
        effective.put("mode", mode.name().toLowerCase(Locale.ROOT));
        if (mode == Mode.OPEN) {
            effective.put("rate", rate);
        }
        effective.put("warmup-seconds", warmup.toMillis() / 1000.0);
        effective.put("duration-seconds", duration.toMillis() / 1000.0);
        effective.put("lag-sample", lagSample);
        effective.put("sse-subscribers", sseSubscribers);
        effective.put("out", out.toString());
        effective.put("assert-no-errors", assertNoErrors);
        if (!rebuild.isEmpty()) {
            effective.put("rebuild", rebuild);
        }
        if (!verify.isEmpty()) {
            effective.put("verify", verify);
        }
        if (killServerAt != null) {
            effective.put("kill-server-at-seconds", killServerAt.toMillis() / 1000.0);
        }
        return effective;
    }

    public boolean help() {
        return given.containsKey("help");
    }

    public boolean startsServer() {
        return url == null;
    }

    static Duration duration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            long amount = Long.parseLong(value.replaceAll("[smh]$", ""));
            if (value.endsWith("m")) {
                return Duration.ofMinutes(amount);
            }
            if (value.endsWith("h")) {
                return Duration.ofHours(amount);
            }
            return Duration.ofSeconds(amount);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration like 500ms, 10s, 2m or 1h");
        }
    }

    /** Accepts 512m as well as -Xmx512m. */
    static String heapFlag(String text) {
        return text.startsWith("-") ? text : "-Xmx" + text;
    }

    private static String defaultOut() {
        return "bench/results/" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json";
    }

    private record Reader(Map<String, String> given) {

        String text(String key, String fallback) {
            return given.getOrDefault(key, fallback);
        }

        boolean flag(String key) {
            return Boolean.parseBoolean(given.getOrDefault(key, "false"));
        }

        int whole(String key, int fallback, int min) {
            String value = given.get(key);
            if (value == null) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value.strip().replace("_", ""));
                if (parsed < min) {
                    throw new IllegalArgumentException("--" + key + " must be at least " + min);
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + key + " must be a whole number, not '" + value + "'");
            }
        }

        double decimal(String key, double fallback) {
            String value = given.get(key);
            if (value == null) {
                return fallback;
            }
            try {
                return Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + key + " must be a number, not '" + value + "'");
            }
        }

        double share(String key, double fallback) {
            double share = decimal(key, fallback);
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("--" + key + " is a share between 0 and 1, not " + share);
            }
            return share;
        }

        /** A comma-separated list, e.g. {@code --rebuild=sales,audit}. */
        List<String> names(String key) {
            String value = given.get(key);
            if (value == null) {
                return List.of();
            }
            List<String> names = Arrays.stream(value.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                    .toList();
            if (names.isEmpty()) {
                throw new IllegalArgumentException("--" + key + " needs at least one name, e.g. --" + key + "=sales,audit");
            }
            return names;
        }

        Duration duration(String key, Duration fallback) {
            String value = given.get(key);
            return value == null ? fallback : BenchOptions.duration(value);
        }

        <E extends Enum<E>> E choice(String key, E fallback, Class<E> type) {
            String value = given.get(key);
            if (value == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--" + key + " is one of "
                        + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not '" + value + "'");
            }
        }
    }
}
