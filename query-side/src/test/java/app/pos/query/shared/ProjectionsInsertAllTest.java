package app.pos.query.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static app.pos.query.shared.Params.params;
import static app.pos.query.shared.Rows.number;
import static app.pos.query.shared.Rows.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Many rows inserted by one statement, answering with the keys of those that were new (in-memory H2). */
class ProjectionsInsertAllTest {

    private static final String RECORD = "INSERT INTO push (dedupe_key, body) VALUES (:dedupeKey, :body) "
            + "ON CONFLICT DO NOTHING";

    private final EmbeddedProjectionDatabase database = EmbeddedProjectionDatabase.with(
            "CREATE TABLE push (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "dedupe_key VARCHAR(50) NOT NULL UNIQUE, body VARCHAR(50))");

    @Test
    void theNewRowsAnswerWithTheirKeysAndARowAlreadyThereIsLeftOut() {
        insert(List.of("sale:1"));

        List<Map.Entry<String, Long>> added = insert(List.of("sale:2", "sale:1", "sale:3"));

        assertThat(added).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("sale:2", "sale:3");
        assertThat(added).extracting(Map.Entry::getValue).doesNotHaveDuplicates().allMatch(id -> id > 1);
        assertThat(database.count("push")).isEqualTo(3);
    }

    @Test
    void moreRowsThanOneStatementTakesAreSentInSeveral() {
        List<String> keys = IntStream.range(0, 700).mapToObj(i -> "alert:" + i).toList();

        assertThat(insert(keys)).hasSize(700);
    }

    private List<Map.Entry<String, Long>> insert(List<String> dedupeKeys) {
        return database.projections().insertAll(RECORD, dedupeKeys.stream()
                        .map(key -> params().text("dedupeKey", key).text("body", "{}")).toList(),
                List.of("id", "dedupe_key"), row -> Map.entry(text(row, "dedupe_key"), number(row, "id")));
    }
}
