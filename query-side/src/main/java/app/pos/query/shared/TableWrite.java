package app.pos.query.shared;

import org.springframework.r2dbc.core.binding.BindMarkers;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement that changes one table and reads no other: an {@code INSERT … VALUES}, an {@code UPDATE} or a
 * {@code DELETE} without sub-queries or joins. Two such statements on different tables give the same
 * result in either order, which is what lets a rebuild hold them back and send them table by table.
 * Anything else is not one, and is sent at once.
 */
final class TableWrite {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern INSERT = Pattern.compile(
            "\\s*(INSERT\\s+INTO\\s+(\\w+)\\s*\\([^()]*\\)\\s*VALUES\\s*)(\\(.*\\))(\\s*ON\\s+CONFLICT\\s+DO\\s+NOTHING)?\\s*",
            FLAGS);
    private static final Pattern UPDATE = Pattern.compile("\\s*UPDATE\\s+(\\w+)\\s+SET\\s.*", FLAGS);
    private static final Pattern DELETE = Pattern.compile("\\s*DELETE\\s+FROM\\s+(\\w+)(\\s+WHERE\\s.*)?", FLAGS);
    private static final Pattern READS_ELSEWHERE = Pattern.compile("\\b(SELECT|FROM|JOIN|USING|WITH|RETURNING)\\b", FLAGS);
    private static final Map<String, Optional<TableWrite>> KNOWN = new ConcurrentHashMap<>();

    private final String table;
    private final String sql;
    private final Rows rows;

    /**
     * An insert's {@code VALUES} row cut at its parameters: {@code text.get(i)} comes before the parameter
     * {@code names.get(i)}, and the last text closes the row.
     */
    private record Rows(String head, List<String> text, List<String> names, String tail) {
    }

    private TableWrite(String table, String sql, Rows rows) {
        this.table = table;
        this.sql = sql;
        this.rows = rows;
    }

    static Optional<TableWrite> of(String sql) {
        return KNOWN.computeIfAbsent(sql, TableWrite::parse);
    }

    String table() {
        return table;
    }

    String sql() {
        return sql;
    }

    /** Whether it is an insert that can take several rows in one statement. */
    boolean insertsRows() {
        return rows != null;
    }

    /** The insert for {@code count} rows, with positional bind markers in the order of {@link #values}. */
    String forRows(int count, BindMarkersFactory markers) {
        BindMarkers next = markers.create();
        StringBuilder statement = new StringBuilder(rows.head());
        for (int row = 0; row < count; row++) {
            statement.append(row == 0 ? "" : ", ");
            for (int i = 0; i < rows.names().size(); i++) {
                statement.append(rows.text().get(i)).append(next.next().getPlaceholder());
            }
            statement.append(rows.text().get(rows.names().size()));
        }
        return statement.append(rows.tail()).toString();
    }

    int parametersPerRow() {
        return rows.names().size();
    }

    /** One row's values, in the order {@link #forRows} binds them. */
    List<Object> values(Map<String, Object> named) {
        List<Object> values = new ArrayList<>(rows.names().size());
        for (String name : rows.names()) {
            if (!named.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name + " in " + sql);
            }
            values.add(named.get(name));
        }
        return values;
    }

    private static Optional<TableWrite> parse(String sql) {
        Matcher insert = INSERT.matcher(sql);
        if (insert.matches()) {
            return readsNoOtherTable(insert.group(3)) ? Optional.of(new TableWrite(table(insert.group(2)), sql,
                    rows(insert.group(1), insert.group(3), insert.group(4)))) : Optional.empty();
        }
        Matcher update = UPDATE.matcher(sql);
        if (update.matches() && readsNoOtherTable(sql)) {
            return Optional.of(new TableWrite(table(update.group(1)), sql, null));
        }
        Matcher delete = DELETE.matcher(sql);
        if (delete.matches() && (delete.group(2) == null || readsNoOtherTable(delete.group(2)))) {
            return Optional.of(new TableWrite(table(delete.group(1)), sql, null));
        }
        return Optional.empty();
    }

    private static Rows rows(String head, String row, String tail) {
        List<String> text = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher parameter = Params.NAMED.matcher(row);
        int end = 0;
        while (parameter.find()) {
            text.add(row.substring(end, parameter.start()));
            names.add(parameter.group(1));
            end = parameter.end();
        }
        text.add(row.substring(end));
        return new Rows(head, List.copyOf(text), List.copyOf(names), tail == null ? "" : tail);
    }

    private static boolean readsNoOtherTable(String part) {
        return !READS_ELSEWHERE.matcher(part).find();
    }

    private static String table(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
