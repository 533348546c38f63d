package app.pos.query.shared;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;
import io.r2dbc.spi.Readable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Typed reads from a result row, the mirror image of {@link Params}. */
public final class Rows {

    private Rows() {
    }

    public static UUID uuid(Readable row, String column) {
        return row.get(column, UUID.class);
    }

    public static String text(Readable row, String column) {
        return row.get(column, String.class);
    }

    public static Money money(Readable row, String column) {
        BigDecimal value = row.get(column, BigDecimal.class);
        return value == null ? null : Money.of(value);
    }

    public static Quantity quantity(Readable row, String column) {
        BigDecimal value = row.get(column, BigDecimal.class);
        return value == null ? null : Quantity.of(value);
    }

    public static BigDecimal decimal(Readable row, String column) {
        return row.get(column, BigDecimal.class);
    }

    public static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(Readable row, String column) {
        return row.get(column, LocalDate.class);
    }

    public static long number(Readable row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? 0 : value.longValue();
    }

    public static boolean bool(Readable row, String column) {
        return Boolean.TRUE.equals(row.get(column, Boolean.class));
    }

    public static <E extends Enum<E>> E enumOf(Readable row, String column, Class<E> type) {
        String value = row.get(column, String.class);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
