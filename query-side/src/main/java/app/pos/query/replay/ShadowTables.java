package app.pos.query.replay;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.flywaydb.core.Flyway;
import org.springframework.r2dbc.connection.SingleConnectionFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A second set of query tables, in a schema of their own, that a rebuild fills while the live tables
 * keep answering reads. They come from the same migrations as the live ones, so they are alike column
 * for column, key for key.
 */
@Component
public class ShadowTables {

    static final String SCHEMA = "pos_rebuild";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final ConnectionFactory connections;

    public ShadowTables(DataSource dataSource, ConnectionFactory connections) {
        this.dataSource = dataSource;
        this.connections = connections;
    }

    /** Empty tables, created afresh: whatever an earlier, interrupted rebuild left is dropped first. */
    public void create() {
        drop();
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .defaultSchema(SCHEMA)
                .table("pos_rebuild_schema_history")
                .locations("classpath:db/query")
                .load()
                .migrate();
        if (isPostgres()) {
            skipWriteAheadLog();
        }
    }

    /**
     * Nothing in these tables has to survive a crash: a rebuild that does not finish is dropped and started
     * again from the event store. Unlogged, PostgreSQL writes them without the write-ahead log, which a
     * replay otherwise spends much of its time waiting for.
     */
    private void skipWriteAheadLog() {
        try (var connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = '" + SCHEMA + "' AND table_type = 'BASE TABLE'")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("ALTER TABLE " + SCHEMA + "." + table + " SET UNLOGGED");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not make the rebuild's tables unlogged", e);
        }
    }

    public void drop() {
        try (var connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the rebuild schema " + SCHEMA, e);
        }
    }

    /**
     * One connection of its own, outside the pool, whose unqualified table names mean the shadow tables.
     * A rebuild writes one event after another, so one connection is all it needs.
     */
    public SingleConnectionFactory connect() {
        ConnectionFactory direct = unpooled(connections);
        Connection connection = Mono.from(direct.create()).block(CONNECT_TIMEOUT);
        String useSchema = isPostgres() ? "SET search_path TO " + SCHEMA : "SET SCHEMA " + SCHEMA;
        Mono.from(connection.createStatement(useSchema).execute()).flatMap(result -> Mono.from(result.getRowsUpdated()))
                .then().block(CONNECT_TIMEOUT);
        return new SingleConnectionFactory(connection, direct.getMetadata(), true);
    }

    /** The live table and its rebuilt twin, qualified so a statement on the live pool can name both. */
    static String shadowOf(String table) {
        return SCHEMA + "." + table;
    }

    private boolean isPostgres() {
        return connections.getMetadata().getName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static ConnectionFactory unpooled(ConnectionFactory factory) {
        ConnectionFactory current = factory;
        while (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
            current = inner;
        }
        return current;
    }
}
