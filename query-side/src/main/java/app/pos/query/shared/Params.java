package app.pos.query.shared;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.SqlParameter;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.r2dbc.core.Parameter;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Named SQL parameters in the domain's types, for a projection's JDBC writes and a query's R2DBC reads. Both
 * databases need a null bound with its type, so every value keeps the type it was given; times are bound as
 * UTC offset date-times, which both drivers read back exactly.
 */
public final class Params {

    /** The JDBC type a null of each Java type is bound as; UUIDs go as OTHER, which PostgreSQL infers. */
    private static final Map<Class<?>, Integer> SQL_TYPES = Map.of(UUID.class, Types.OTHER,
            String.class, Types.VARCHAR, BigDecimal.class, Types.NUMERIC,
            OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE, LocalDate.class, Types.DATE,
            Long.class, Types.BIGINT, Integer.class, Types.INTEGER, Boolean.class, Types.BOOLEAN);
    /** The parameter names of each read, as Spring's own parser finds them; reads are few and fixed. */
    private static final Cache<String, List<String>> NAMES_IN = Caffeine.newBuilder().maximumSize(2_000).build();

    private final Map<String, Typed> values = new LinkedHashMap<>();

    private record Typed(Object value, Class<?> type) {
    }

    public static Params params() {
        return new Params();
    }

    public Params uuid(String name, UUID value) {
        return put(name, value, UUID.class);
    }

    public Params text(String name, String value) {
        return put(name, value, String.class);
    }

    public Params name(String name, Enum<?> value) {
        return put(name, value == null ? null : value.name(), String.class);
    }

    public Params money(String name, Money value) {
        return put(name, value == null ? null : value.amount(), BigDecimal.class);
    }

    public Params quantity(String name, Quantity value) {
        return put(name, value == null ? null : value.value(), BigDecimal.class);
    }

    public Params decimal(String name, BigDecimal value) {
        return put(name, value, BigDecimal.class);
    }

    public Params instant(String name, Instant value) {
        return put(name, value == null ? null : value.atOffset(ZoneOffset.UTC), OffsetDateTime.class);
    }

    public Params date(String name, LocalDate value) {
        return put(name, value, LocalDate.class);
    }

    public Params number(String name, long value) {
        return put(name, value, Long.class);
    }

    public Params optionalNumber(String name, Long value) {
        return put(name, value, Long.class);
    }

    public Params integer(String name, int value) {
        return put(name, value, Integer.class);
    }

    public Params bool(String name, boolean value) {
        return put(name, value, Boolean.class);
    }

    /** For {@code IN (:name)}: the driver gets one parameter per element. */
    public Params list(String name, Collection<?> values) {
        return put(name, values, Collection.class);
    }

    /**
     * For a JDBC write. A non-null value goes without a type, so each driver binds it as its own Java type
     * (H2 would turn a UUID sent as OTHER into a serialized Java object); a null goes with its SQL type.
     */
    public SqlParameterSource forJdbc() {
        MapSqlParameterSource source = new MapSqlParameterSource();
        values.forEach((name, typed) -> {
            if (typed.value() == null) {
                source.addValue(name, null, SQL_TYPES.get(typed.type()));
            } else {
                source.addValue(name, typed.value());
            }
        });
        return source;
    }

    /**
     * For an R2DBC read: the parameters the statement names, and only those, since Spring's R2DBC client
     * refuses a binding its statement does not use, and one set of parameters often serves a page's rows and
     * its count.
     */
    public Map<String, Object> boundIn(String sql) {
        Map<String, Object> used = new LinkedHashMap<>();
        for (String name : NAMES_IN.get(sql, Params::names)) {
            Typed typed = values.get(name);
            if (typed != null) {
                used.put(name, typed.value() instanceof Collection<?> list ? list
                        : Parameter.fromOrEmpty(typed.value(), typed.type()));
            }
        }
        return used;
    }

    private static List<String> names(String sql) {
        return NamedParameterUtils.buildSqlParameterList(NamedParameterUtils.parseSqlStatement(sql),
                        new EmptySqlParameterSource()).stream()
                .map(SqlParameter::getName).distinct().toList();
    }

    private Params put(String name, Object value, Class<?> type) {
        values.put(name, new Typed(value, type));
        return this;
    }
}
