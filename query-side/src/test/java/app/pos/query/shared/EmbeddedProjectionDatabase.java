package app.pos.query.shared;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

import java.util.Arrays;
import java.util.UUID;

/**
 * A fresh in-memory H2 database with the projections' writer on it, and a processor's batch of events as
 * Axon runs one: one unit of work with the database transaction attached.
 */
public record EmbeddedProjectionDatabase(JdbcDataSource dataSource, JdbcTemplate jdbc, Projections projections) {

    /** @param tables the statements that create the tables a test writes */
    public static EmbeddedProjectionDatabase with(String... tables) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:projections-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String table : tables) {
            jdbc.execute(table);
        }
        return new EmbeddedProjectionDatabase(dataSource, jdbc, new Projections(dataSource));
    }

    /** Counted on a connection of its own, so it sees only what has committed. */
    public long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** A processor's batch of events carrying these payloads, in a transaction on this database. */
    public BatchingUnitOfWork<EventMessage<?>> batchOf(Object... payloads) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(Arrays.stream(payloads)
                .<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList());
        batch.attachTransaction(new SpringTransactionManager(new JdbcTransactionManager(dataSource)));
        return batch;
    }
}
