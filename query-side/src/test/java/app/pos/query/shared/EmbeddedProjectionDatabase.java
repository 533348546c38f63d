package app.pos.query.shared;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import java.util.UUID;

/** A fresh in-memory H2 database with the projections' writers on it, wired as the server wires them. */
public record EmbeddedProjectionDatabase(DatabaseClient db, ProjectionBatches batches, Projections projections) {

    /** @param tables the statements that create the tables a test writes */
    public static EmbeddedProjectionDatabase with(String... tables) {
        ConnectionFactory connections = ConnectionFactories.get("r2dbc:h2:mem:///projections-" + UUID.randomUUID()
                + "?options=DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        DatabaseClient db = DatabaseClient.create(connections);
        for (String table : tables) {
            db.sql(table).then().block();
        }
        ProjectionBatches batches = new ProjectionBatches(connections);
        return new EmbeddedProjectionDatabase(db, batches, new Projections(db,
                TransactionalOperator.create(new R2dbcTransactionManager(connections)), batches));
    }

    public long count(String table) {
        return db.sql("SELECT COUNT(*) AS n FROM " + table).map(row -> row.get("n", Long.class)).one().block();
    }
}
