package app.pos.query.shared;

import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.pos.query.shared.Params.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Projection writes in a processor's batch, on a real (in-memory H2) database in a real transaction. */
class ProjectionsTest {

    private final EmbeddedProjectionDatabase database = EmbeddedProjectionDatabase.with(
            "CREATE TABLE bill (id INT PRIMARY KEY, total INT NOT NULL)",
            "CREATE TABLE bill_line (bill_id INT NOT NULL, line_no INT NOT NULL, PRIMARY KEY (bill_id, line_no))");
    private final Projections projections = database.projections();

    @Test
    void aBatchsWritesLandTogetherWhenItCommits() {
        List<Long> seenByReaders = new ArrayList<>();
        ResultMessage<?> result = database.batchOf(1, 2).executeWithResult(() -> {
            addBill(payload(), 10);
            seenByReaders.add(database.count("bill"));
            return null;
        });

        assertThat(result.isExceptional()).isFalse();
        assertThat(seenByReaders).as("nothing is visible before the batch commits").containsExactly(0L, 0L);
        assertThat(database.count("bill")).isEqualTo(2);
    }

    @Test
    void aBatchThatFailsLeavesNothingBehind() {
        ResultMessage<?> result = database.batchOf(1, 2, 1).executeWithResult(() -> {
            addBill(payload(), 10);
            addLine(payload(), 1);
            return null;
        });

        assertThat(result.isExceptional()).as("the third event's insert breaks the key").isTrue();
        assertThat(database.count("bill")).isZero();
        assertThat(database.count("bill_line")).isZero();
    }

    @Test
    void aBatchThatFailsAfterItsWritesWereSentTakesThemBack() {
        List<Long> seenInTheTransaction = new ArrayList<>();
        ResultMessage<?> result = database.batchOf(1, 2).executeWithResult(() -> {
            addBill(payload(), 10);
            if (payload() == 2) {
                CurrentUnitOfWork.get().onPrepareCommit(unit -> {
                    seenInTheTransaction.add(database.jdbc().queryForObject("SELECT COUNT(*) FROM bill", Long.class));
                    throw new IllegalStateException("failing as the batch commits");
                });
            }
            return null;
        });

        assertThat(result.isExceptional()).isTrue();
        assertThat(seenInTheTransaction).as("the writes had been sent in the batch's transaction").containsExactly(2L);
        assertThat(database.count("bill")).isZero();
    }

    /**
     * Sent grouped by statement alone, the update of bill 2 would run before bill 2 is inserted and change
     * nothing; kept in order per table, every event's writes land as if sent one by one.
     */
    @Test
    void writesToATableKeepTheirOrderWhileWritesToOtherTablesMoveAside() {
        addBill(1, 10);
        database.batchOf(1, 2, 3).executeWithResult(() -> {
            int event = payload();
            if (event == 2) {
                addBill(2, 20);
            }
            projections.write("UPDATE bill SET total = total + 1 WHERE id = :id", params().integer("id", event == 1 ? 1 : 2));
            addLine(event == 1 ? 1 : 2, event);
            return null;
        });

        assertThat(database.jdbc().queryForList("SELECT id || ':' || total FROM bill ORDER BY id", String.class))
                .containsExactly("1:11", "2:22");
        assertThat(database.count("bill_line")).isEqualTo(3);
    }

    @Test
    void outsideABatchEachWriteCommitsAtOnce() {
        addBill(1, 10);

        assertThat(database.count("bill")).isEqualTo(1);
    }

    @Test
    void aProjectionWritesOnlyWithInsertUpdateOrDelete() {
        database.batchOf(1).executeWithResult(() -> {
            assertThatThrownBy(() -> projections.write("MERGE INTO bill KEY (id) VALUES (:id, 1)",
                    params().integer("id", 1))).isInstanceOf(IllegalArgumentException.class);
            return null;
        });
    }

    private void addBill(int id, int total) {
        projections.write("INSERT INTO bill (id, total) VALUES (:id, :total)",
                params().integer("id", id).integer("total", total));
    }

    private void addLine(int billId, int lineNo) {
        projections.write("INSERT INTO bill_line (bill_id, line_no) VALUES (:billId, :lineNo)",
                params().integer("billId", billId).integer("lineNo", lineNo));
    }

    private static int payload() {
        return (Integer) CurrentUnitOfWork.get().getMessage().getPayload();
    }
}
