package app.pos.query.shared;

import app.pos.kernel.money.Money;
import app.pos.kernel.stock.Quantity;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.r2dbc.core.Parameter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named, typed SQL parameters. A null is bound with its type, which both PostgreSQL and H2 need; times
 * are bound as UTC offset date-times, which both drivers read back exactly.
 */
public final class Params {

    /** A named parameter, {@code :name}, and not a cast ({@code ::type}); group 1 is the name. */
    public static final Pattern NAMED = Pattern.compile("(?<![:\\w]):(\\w+)");
    /**
     * The names each statement uses, found once: every projected event binds a statement. Bounded, because
     * reads put their page's limit and offset into the text.
     */
    private static final Cache<String, List<String>> NAMES_IN = Caffeine.newBuilder().maximumSize(2_000).build();

    private final Map<String, Object> values = new LinkedHashMap<>();

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
        this.values.put(name, values);
        return this;
    }

    /**
     * The parameters the statement names, and only those: one set of parameters can then serve several
     * statements, and drivers refuse bindings a statement does not use.
     */
    public Map<String, Object> boundIn(String sql) {
        Map<String, Object> used = new LinkedHashMap<>();
        for (String name : NAMES_IN.get(sql, Params::names)) {
            if (values.containsKey(name)) {
                used.put(name, values.get(name));
            }
        }
        return used;
    }

    private static List<String> names(String sql) {
        List<String> names = new ArrayList<>();
        Matcher named = NAMED.matcher(sql);
        while (named.find()) {
            names.add(named.group(1));
        }
        return List.copyOf(names);
    }

    private Params put(String name, Object value, Class<?> type) {
        values.put(name, Parameter.fromOrEmpty(value, type));
        return this;
    }
}
