package app.pos.api.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/**
 * The whole server on a random port, over real HTTP, on a real database: in-memory H2 in PostgreSQL mode
 * by default, or PostgreSQL when the build runs with {@code -Dpos.test.database=postgres} (then
 * POS_TEST_DB_HOST/PORT/NAME/USER/PASSWORD, defaulting to localhost:5432/pos_test as postgres).
 * Each test class opens stores of its own through {@link TestStores}, so tests never see each other's data.
 * Test settings (no demo store, a platform admin, self-signup on, no sign-in limit) are in the test
 * classpath's config/application.yml.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    protected TestStores stores;

    protected WebTestClient http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if ("postgres".equalsIgnoreCase(System.getProperty("pos.test.database"))) {
            String host = env("POS_TEST_DB_HOST", "localhost");
            String port = env("POS_TEST_DB_PORT", "5432");
            String name = env("POS_TEST_DB_NAME", "pos_test");
            String user = env("POS_TEST_DB_USER", "postgres");
            String password = env("POS_TEST_DB_PASSWORD", "");
            registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + host + ":" + port + "/" + name);
            registry.add("spring.datasource.username", () -> user);
            registry.add("spring.datasource.password", () -> password);
            registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
            registry.add("spring.r2dbc.url", () -> "r2dbc:postgresql://" + host + ":" + port + "/" + name);
            registry.add("spring.r2dbc.username", () -> user);
            registry.add("spring.r2dbc.password", () -> password);
        } else {
            String options = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:pos-test;" + options);
            registry.add("spring.r2dbc.url", () -> "r2dbc:h2:mem:///pos-test?options=" + options);
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected int port() {
        return port;
    }

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl(baseUrl())
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
