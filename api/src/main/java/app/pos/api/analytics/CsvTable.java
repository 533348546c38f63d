package app.pos.api.analytics;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report's main table as CSV (RFC 4180): a header row, then one row per item. Amounts are written as
 * the exact decimals they are (98.70, never 98.7 or 9.87E+1); a field is quoted only when it holds a comma,
 * a quote or a line break.
 */
final class CsvTable {

    private final String name;
    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    CsvTable(String name, String... header) {
        this.name = name;
        this.header = List.of(header);
    }

    CsvTable row(Object... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + header.size()
                    + " columns");
        }
        rows.add(Arrays.asList(values));
        return this;
    }

    /** What the download is called: the report and what it covers, e.g. revenue-2026-11-15-to-2026-11-21.csv. */
    String fileName() {
        return name + ".csv";
    }

    String text() {
        StringBuilder csv = new StringBuilder(line(new ArrayList<>(header)));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<?> values) {
        return values.stream().map(CsvTable::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String field(Object value) {
        String text = value == null ? ""
                : value instanceof Money money ? money.amount().toPlainString()
                : value instanceof Quantity quantity ? quantity.value().toPlainString()
                : value instanceof BigDecimal decimal ? decimal.toPlainString()
                : value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
