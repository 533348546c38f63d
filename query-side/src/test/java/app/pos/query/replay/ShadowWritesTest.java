package app.pos.query.replay;

import app.pos.query.shared.BatchWrites;
import app.pos.query.shared.Params;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.SingleConnectionFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static app.pos.query.shared.Params.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rebuild's held-back writes, on an embedded database: they must land exactly as if sent one by one. */
class ShadowWritesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String ADD_ITEM = "INSERT INTO item (id, name) VALUES (:id, :name) ON CONFLICT DO NOTHING";
    private static final String RENAME_ITEM = "UPDATE item SET name = :name WHERE id = :id";

    private SingleConnectionFactory connection;
    private DatabaseClient db;
    private ShadowWrites writes;
    private ShadowReads reads;

    @BeforeEach
    void anEmbeddedDatabaseWithTwoTables() {
        ConnectionFactory factory = ConnectionFactories.get("r2dbc:h2:mem:///shadow-" + UUID.randomUUID()
                + "?options=MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        Connection opened = Mono.from(factory.create()).block(TIMEOUT);
        connection = new SingleConnectionFactory(opened, factory.getMetadata(), true);
        db = DatabaseClient.create(connection);
        db.sql("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(50))").then().block(TIMEOUT);
        db.sql("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(50))").then().block(TIMEOUT);
        writes = new ShadowWrites(db, new BatchWrites(db, BindMarkersFactoryResolver.resolve(connection)));
        reads = new ShadowReads(db, connection, writes);
    }

    @AfterEach
    void close() {
        connection.destroy();
    }

    @Test
    void nothingIsSentUntilTheBatchIsWritten() {
        writes.write(ADD_ITEM, item(1, "tea"));

        assertThat(names()).isEmpty();
        writes.writeBehind(Mono.empty());
        writes.awaitWritten();
        assertThat(names()).containsExactly("1 tea");
    }

    @Test
    void writesToOneTableLandInTheOrderTheyWereMade() {
        writes.write(ADD_ITEM, item(1, "tea"));
        writes.write("INSERT INTO note (id, text) VALUES (:id, :text)", params().integer("id", 1).text("text", "a"));
        writes.write(RENAME_ITEM, item(1, "green tea"));
        writes.write(ADD_ITEM, item(2, "salt"));
        writes.write("DELETE FROM item WHERE id = :id", params().integer("id", 2));
        writes.write(ADD_ITEM, item(2, "sugar"));
        writes.write(RENAME_ITEM, item(2, "brown sugar"));

        writes.applyAll();

        assertThat(names()).containsExactly("1 green tea", "2 brown sugar");
    }

    @Test
    void manyInsertsOfOneStatementLandAsTheyWouldOneByOne() {
        for (int i = 0; i < 700; i++) {
            writes.write(ADD_ITEM, item(i % 350, "first " + i));
        }

        writes.applyAll();

        List<String> names = names();
        assertThat(names).hasSize(350).first().isEqualTo("0 first 0");
        assertThat(names).last().isEqualTo("349 first 349");
    }

    @Test
    void aStatementThatCountsSeesEveryWriteToItsTableBeforeIt() {
        writes.write(ADD_ITEM, item(1, "tea"));

        assertThat(writes.rowsChanged(RENAME_ITEM, item(1, "green tea"))).isEqualTo(1);
        assertThat(writes.rowsChanged(ADD_ITEM, item(1, "again"))).isZero();
    }

    @Test
    void aBatchOfStatementsThatDecideOnCountsRunsInTheOrderItWasHandled() {
        for (String name : List.of("tea", "green tea", "black tea")) {
            writes.writeAll(writes.statement(ADD_ITEM, item(1, name))
                    .flatMap(added -> added > 0 ? Mono.empty() : writes.blindWrite(RENAME_ITEM, item(1, name))));
        }

        writes.applyAll();

        assertThat(names()).containsExactly("1 black tea");
    }

    @Test
    void readsSeeEveryWriteHandledBeforeThem() {
        writes.write(ADD_ITEM, item(1, "tea"));

        assertThat(reads.count("SELECT COUNT(*) AS n FROM item", params()).block(TIMEOUT)).isEqualTo(1);
    }

    @Test
    void aWriteThatFailsInTheBackgroundFailsTheNextWait() {
        writes.write("INSERT INTO note (id, text) VALUES (:id, :text)", params().integer("id", 1).text("text", "a"));
        writes.write("INSERT INTO note (id, text) VALUES (:id, :text)", params().integer("id", 1).text("text", "b"));

        writes.writeBehind(Mono.empty());

        assertThatThrownBy(writes::awaitWritten).hasMessageContaining("note");
    }

    private static Params item(int id, String name) {
        return params().integer("id", id).text("name", name);
    }

    private List<String> names() {
        return db.sql("SELECT id, name FROM item ORDER BY id")
                .map(row -> row.get("id", Integer.class) + " " + row.get("name", String.class))
                .all().collectList().block(TIMEOUT);
    }
}
