package app.pos.query.replay;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.SQLException;
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
        jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                        + "AND table_type = 'BASE TABLE'", String.class, SCHEMA)
                .forEach(table -> jdbc.execute("ALTER TABLE " + SCHEMA + "." + table + " SET UNLOGGED"));
    }

    public void drop() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    /**
     * One connection of the pool, held for the rebuild, on which unqualified table names mean the shadow
     * tables. A rebuild writes one batch after another, so one connection is all it needs. Its schema is set
     * back before it returns to the pool, which does not do that by itself.
     */
    public Connection connect() throws SQLException {
        java.sql.Connection pooled = dataSource.getConnection();
        String live = pooled.getSchema();
        pooled.setSchema(SCHEMA);
        return new Connection(pooled, live, new SingleConnectionDataSource(pooled, true));
    }

    /** The live table and its rebuilt twin, qualified so a statement on a live connection can name both. */
    static String shadowOf(String table) {
        return SCHEMA + "." + table;
    }

    private boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }

    /** The shadow tables' connection, given back to the pool on close with its schema as it was. */
    public record Connection(java.sql.Connection pooled, String liveSchema, SingleConnectionDataSource dataSource)
            implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            try {
                pooled.setSchema(liveSchema);
            } finally {
                dataSource.destroy();
            }
        }
    }
}
