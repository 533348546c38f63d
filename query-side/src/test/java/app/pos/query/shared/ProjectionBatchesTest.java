package app.pos.query.shared;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static app.pos.query.shared.Params.params;
import static org.assertj.core.api.Assertions.assertThat;

/** Projection writes in a processor's batch, on a real (in-memory H2) database. */
class ProjectionBatchesTest {

    private final EmbeddedProjectionDatabase database = EmbeddedProjectionDatabase.with(
            "CREATE TABLE bill (id INT PRIMARY KEY, paid BOOLEAN DEFAULT FALSE NOT NULL)");
    private final DatabaseClient db = database.db();
    private final Projections projections = database.projections();

    @Test
    void aBatchsWritesLandTogetherWhenItCommits() {
        List<Long> seenByReaders = new ArrayList<>();
        ResultMessage<?> result = batchOf(1, 2).executeWithResult(() -> {
            writeTheBillOfThisEvent();
            seenByReaders.add(bills());
            return null;
        });

        assertThat(result.isExceptional()).isFalse();
        assertThat(seenByReaders).as("nothing is visible before the batch commits").containsExactly(0L, 0L);
        assertThat(bills()).isEqualTo(2);
    }

    @Test
    void aBatchThatFailsLeavesNothingBehind() {
        ResultMessage<?> result = batchOf(1, 2, 1).executeWithResult(() -> {
            writeTheBillOfThisEvent();
            return null;
        });

        assertThat(result.isExceptional()).as("the third event's insert breaks the key").isTrue();
        assertThat(bills()).isZero();
    }

    @Test
    void aWriteThatCountsRowsCountsTheBatchsHeldBackWrites() {
        List<Long> paid = new ArrayList<>();
        batchOf(1, 2, 3).executeWithResult(() -> {
            writeTheBillOfThisEvent();
            paid.add(projections.rowsChanged("UPDATE bill SET paid = TRUE WHERE paid = FALSE", params()));
            return null;
        });

        assertThat(paid).as("each bill written just before is there to be counted").containsExactly(1L, 1L, 1L);
        assertThat(db.sql("SELECT COUNT(*) AS n FROM bill WHERE paid").map(row -> row.get("n", Long.class)).one()
                .block()).isEqualTo(3);
    }

    @Test
    void outsideABatchEachWriteCommitsAtOnce() {
        write(1);

        assertThat(bills()).isEqualTo(1);
    }

    private void write(int id) {
        projections.write("INSERT INTO bill (id) VALUES (:id)", params().integer("id", id));
    }

    private void writeTheBillOfThisEvent() {
        write((Integer) CurrentUnitOfWork.get().getMessage().getPayload());
    }

    private long bills() {
        return database.count("bill");
    }

    /** A processor's batch: the task runs once for each event, all in one unit of work. */
    private static BatchingUnitOfWork<EventMessage<?>> batchOf(Integer... billIds) {
        return new BatchingUnitOfWork<>(Arrays.stream(billIds)
                .<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList());
    }
}
