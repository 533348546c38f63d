package app.pos.api.analytics;

import app.pos.api.problem.InvalidInput;
import app.pos.api.settings.StoreClock;
import app.pos.api.shared.Caller;
import app.pos.kernel.analytics.ReportPeriod;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * What every report endpoint shares: the store's today, the period resolved against it, parameter checks,
 * and the answer as JSON or as CSV. A bad parameter is a 400 naming it; the period's, which depend on the
 * store's today, are checked once that is known.
 */
@Component
class Reports {

    static final String FORMAT = "json (default) or csv; Accept: text/csv also gives CSV";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StoreClock storeClock;
    private final Clock clock;

    Reports(StoreClock storeClock, Clock clock) {
        this.storeClock = storeClock;
        this.clock = clock;
    }

    /** Today on the store's clock, and the zone it is read in. */
    record StoreToday(LocalDate date, String timeZone) {
    }

    /** A report over the period the parameters name. */
    <T> Mono<ResponseEntity<Object>> overPeriod(Caller caller, ReportParams params, ServerWebExchange exchange,
                                                Function<ReportPeriod, Mono<T>> report, Function<T, CsvTable> table) {
        ReportFormat format = format(params.format(), exchange);
        return today(caller).flatMap(today -> respond(report.apply(params.resolve(today.date(), today.timeZone())),
                format, table));
    }

    /** A report as of the store's today. */
    <T> Mono<ResponseEntity<Object>> asOfToday(Caller caller, String format, ServerWebExchange exchange,
                                               Function<StoreToday, Mono<T>> report, Function<T, CsvTable> table) {
        ReportFormat chosen = format(format, exchange);
        return today(caller).flatMap(today -> respond(report.apply(today), chosen, table));
    }

    private Mono<StoreToday> today(Caller caller) {
        return storeClock.zone(caller)
                .map(zone -> new StoreToday(clock.instant().atZone(zone).toLocalDate(), zone.getId()));
    }

    private static <T> Mono<ResponseEntity<Object>> respond(Mono<T> report, ReportFormat format,
                                                            Function<T, CsvTable> table) {
        return report.map(found -> {
            if (format == ReportFormat.JSON) {
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(found);
            }
            CsvTable csv = table.apply(found);
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(csv.fileName()).build().toString())
                    .body(csv.text());
        });
    }

    private static ReportFormat format(String format, ServerWebExchange exchange) {
        try {
            return ReportFormat.of(format, exchange.getRequest().getHeaders().getAccept());
        } catch (InvalidMediaTypeException malformed) {
            throw new InvalidInput("Accept", "is not a list of media types");
        }
    }

    /** A lower-case choice such as {@code interval=hour}, named in the error when it is none of the choices. */
    static <E extends Enum<E>> E choice(String field, String value, E fallback, Class<E> choices) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(choices, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String names = String.join(" or ", Arrays.stream(choices.getEnumConstants())
                    .map(choice -> choice.name().toLowerCase(Locale.ROOT)).toList());
            throw new InvalidInput(field, "must be " + names);
        }
    }

    static int within(String field, Integer value, int fallback, int min, int max) {
        int chosen = value == null ? fallback : value;
        if (chosen < min || chosen > max) {
            throw new InvalidInput(field, "must be between " + min + " and " + max);
        }
        return chosen;
    }
}
