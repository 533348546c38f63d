package app.pos.query.shared;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writes of one batch of events, regrouped so that each statement goes to the database once with all its
 * rows, as one JDBC batch (which PgJDBC's {@code reWriteBatchedInserts} turns into multi-row inserts).
 * <p>
 * Each event makes its projections write to several tables in turn (a bill, its lines, the stock movement,
 * the audit trail), so sent as written no two neighbouring statements are alike and JDBC, or jOOQ's batched
 * connection, would batch nothing. Every held write changes one table and reads no other, so writes to
 * different tables give the same result in either order: writes are kept in order per table, and a write
 * joins the last run of writes to its table if it is the same statement. No library regroups writes this
 * way short of an ORM's ordered inserts, which would need entities for every table, so it is done here.
 */
final class HeldWrites {

    private static final Pattern TARGET = Pattern.compile(
            "\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(\\w+)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Map<String, String> TABLE_OF = new ConcurrentHashMap<>();

    private final List<Run> runs = new ArrayList<>();
    private final Map<String, Run> lastRunOfTable = new HashMap<>();

    void add(String sql, SqlParameterSource row) {
        String table = TABLE_OF.computeIfAbsent(sql, HeldWrites::table);
        Run last = lastRunOfTable.get(table);
        if (last == null || !last.sql.equals(sql)) {
            last = new Run(sql);
            runs.add(last);
            lastRunOfTable.put(table, last);
        }
        last.rows.add(row);
    }

    /** Sends every run, in order, and forgets them: a batch taken again after a failure starts afresh. */
    void sendWith(NamedParameterJdbcTemplate jdbc) {
        try {
            for (Run run : runs) {
                if (run.rows.size() == 1) {
                    jdbc.update(run.sql, run.rows.get(0));
                } else {
                    jdbc.batchUpdate(run.sql, run.rows.toArray(SqlParameterSource[]::new));
                }
            }
        } finally {
            runs.clear();
            lastRunOfTable.clear();
        }
    }

    private static String table(String sql) {
        Matcher target = TARGET.matcher(sql);
        if (!target.matches()) {
            throw new IllegalArgumentException("a projection writes with INSERT, UPDATE or DELETE only: " + sql);
        }
        return target.group(1).toLowerCase(Locale.ROOT);
    }

    private static final class Run {
        private final String sql;
        private final List<SqlParameterSource> rows = new ArrayList<>();

        private Run(String sql) {
            this.sql = sql;
        }
    }
}
