package app.pos.query.shared;

import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableWriteTest {

    @Test
    void anInsertOfValuesWritesItsTableAndTakesSeveralRows() {
        TableWrite write = TableWrite.of("""
                INSERT INTO audit_event (event_id, global_index)
                VALUES (:eventId, :globalIndex)
                ON CONFLICT DO NOTHING""").orElseThrow();

        assertThat(write.table()).isEqualTo("audit_event");
        assertThat(write.insertsRows()).isTrue();
        assertThat(write.forRows(2, BindMarkersFactory.indexed("$", 1)).replaceAll("\\s+", " ").strip())
                .isEqualTo("INSERT INTO audit_event (event_id, global_index) VALUES ($1, $2), ($3, $4) ON CONFLICT DO NOTHING");
    }

    @Test
    void aRowsValuesFollowItsParametersIncludingRepeatedOnes() {
        TableWrite write = TableWrite.of("INSERT INTO product_view (id, created_at, updated_at) VALUES (:id, :at, :at)")
                .orElseThrow();
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("at", "noon");
        named.put("id", 7);

        assertThat(write.values(named)).containsExactly(7, "noon", "noon");
        assertThat(write.parametersPerRow()).isEqualTo(3);
    }

    @Test
    void aRowWithoutAValueForAParameterIsRefused() {
        TableWrite write = TableWrite.of("INSERT INTO t (a, b) VALUES (:a, :b)").orElseThrow();

        assertThatThrownBy(() -> write.values(Map.of("a", 1))).hasMessageContaining(":b");
    }

    @Test
    void updatesAndDeletesOfOneTableAreTableWritesButSentOneByOne() {
        assertThat(TableWrite.of("UPDATE customer_view SET credit_balance = :balance WHERE id = :id AND version < :version"))
                .hasValueSatisfying(write -> {
                    assertThat(write.table()).isEqualTo("customer_view");
                    assertThat(write.insertsRows()).isFalse();
                });
        assertThat(TableWrite.of("DELETE FROM sale_line_view WHERE sale_id = :saleId")).get()
                .extracting(TableWrite::table).isEqualTo("sale_line_view");
        assertThat(TableWrite.of("DELETE FROM terminal_view")).isPresent();
    }

    @Test
    void statementsThatReadAnotherTableOrAnswerWithRowsAreNot() {
        assertThat(TableWrite.of("INSERT INTO a (x) SELECT x FROM b")).isEmpty();
        assertThat(TableWrite.of("INSERT INTO a (x) VALUES ((SELECT max(x) FROM b))")).isEmpty();
        assertThat(TableWrite.of("UPDATE a SET x = b.x FROM b WHERE a.id = b.id")).isEmpty();
        assertThat(TableWrite.of("DELETE FROM a WHERE id IN (SELECT id FROM b)")).isEmpty();
        assertThat(TableWrite.of("DELETE FROM a USING b WHERE a.id = b.id")).isEmpty();
        assertThat(TableWrite.of("INSERT INTO live_event (id) VALUES (:id) RETURNING id")).isEmpty();
        assertThat(TableWrite.of("INSERT INTO a (id, x) VALUES (:id, :x) ON CONFLICT (id) DO UPDATE SET x = :x")).isEmpty();
        assertThat(TableWrite.of("INSERT INTO pos_rebuild.a (x) VALUES (:x)")).isEmpty();
    }

    @Test
    void manyRowsGoOutInFewStatementSizes() {
        assertThat(PendingWrites.chunks(Collections.nCopies(600, 0), 15))
                .extracting(List::size).containsExactly(256, 256, 64, 16, 8);
        assertThat(PendingWrites.chunks(Collections.nCopies(3, 0), 40_000))
                .extracting(List::size).containsExactly(1, 1, 1);
    }
}
