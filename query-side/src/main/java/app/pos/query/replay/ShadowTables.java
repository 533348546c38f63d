package app.pos.query.replay;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public ShadowTables(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
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
        dropLookupIndexes();
        if (isPostgres()) {
            skipWriteAheadLog();
        }
    }

    /**
     * Nothing reads the shadow tables until they replace the live ones, whose own indexes then take the rows,
     * so every index that only serves lookups goes: each was another write per row of the replay. Primary
     * keys and unique constraints stay, to refuse a row twice as the live tables would.
     */
    private void dropLookupIndexes() {
        jdbc.execute((java.sql.Connection connection) -> {
            DatabaseMetaData metadata = connection.getMetaData();
            List<String> lookups = new ArrayList<>();
            try (ResultSet tables = metadata.getTables(null, SCHEMA, "%", new String[]{"TABLE"})) {
                while (tables.next()) {
                    try (ResultSet indexes = metadata.getIndexInfo(null, SCHEMA, tables.getString("TABLE_NAME"), false,
                            true)) {
                        while (indexes.next()) {
                            if (indexes.getBoolean("NON_UNIQUE") && indexes.getString("INDEX_NAME") != null) {
                                lookups.add(indexes.getString("INDEX_NAME"));
                            }
                        }
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String index : lookups.stream().distinct().toList()) {
                    statement.execute("DROP INDEX " + SCHEMA + "." + index);
                }
            }
            return null;
        });
    }

    /**
     * Nothing in these tables has to survive a crash: a rebuild that does not finish is dropped and started
     * again from the event store. Unlogged, PostgreSQL writes them without the write-ahead log, which a
     * replay otherwise spends much of its time waiting for.
     */
    private void skipWriteAheadLog() {
        jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                        + "AND table_type = 'BASE TABLE'", String.class, SCHEMA)
                .forEach(table -> jdbc.execute("ALTER TABLE " + SCHEMA + "." + table + " SET UNLOGGED"));
    }

    public void drop() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    /**
     * A small pool of its own, as the live one is configured but for its schema, on whose connections
     * unqualified table names mean the shadow tables.
     */
    public HikariDataSource connect(int connections) throws SQLException {
        HikariConfig config = new HikariConfig();
        dataSource.unwrap(HikariDataSource.class).copyStateTo(config);
        config.setPoolName("pos-rebuild");
        config.setSchema(SCHEMA);
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    /** The live table and its rebuilt twin, qualified so a statement on a live connection can name both. */
    static String shadowOf(String table) {
        return SCHEMA + "." + table;
    }

    private boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }
}
