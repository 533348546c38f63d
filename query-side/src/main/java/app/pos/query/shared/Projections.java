package app.pos.query.shared;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * How projections write their query tables: with JDBC, inside the transaction Axon opens for each batch of
 * events a processor takes, on the same database connection that then stores the processor's new position.
 * A batch's rows and its position commit together or not at all, so every event is applied exactly once,
 * and a batch that fails is rolled back whole and taken again.
 * <p>
 * Writes are held back until the batch is about to commit, then sent a statement at a time with all its
 * rows ({@link HeldWrites}). Outside a unit of work (a test calling a handler directly) a write goes at once.
 */
@Component
public class Projections {

    /** The one processing group of every query table: each event is read from the store once for all of them. */
    public static final String GROUP = "projections";
    private static final String HELD = Projections.class.getName() + ".held";

    private final NamedParameterJdbcTemplate jdbc;

    @Autowired
    public Projections(DataSource dataSource) {
        this(new NamedParameterJdbcTemplate(dataSource));
    }

    public Projections(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A write that changes one table and reads no other: an {@code INSERT … VALUES}, an {@code UPDATE} or a
     * {@code DELETE} of rows of that table alone.
     */
    public void write(String sql, Params params) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, params.forJdbc());
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<HeldWrites>getOrComputeResource(HELD, key -> {
            HeldWrites held = new HeldWrites();
            batch.onPrepareCommit(committing -> held.sendWith(jdbc));
            return held;
        }).add(sql, params.forJdbc());
    }
}
