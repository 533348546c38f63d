package app.pos.api.settings;

import app.pos.api.shared.Caller;
import app.pos.api.shared.Found;
import app.pos.api.shared.Queries;
import app.pos.kernel.settings.FetchStoreSettings;
import app.pos.kernel.settings.StoreSettingsView;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" is the store's day, in its own time zone, not the server's. */
@Component
public class StoreClock {

    private final Queries queries;
    private final Clock clock;

    public StoreClock(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public record Day(LocalDate date, Instant start, Instant end) {
    }

    public Mono<ZoneId> zone(Caller caller) {
        return Found.orNotFound(queries.ask(new FetchStoreSettings(caller.businessId()), StoreSettingsView.class),
                "STORE_NOT_FOUND", caller.businessId()).map(view -> ZoneId.of(view.settings().timeZone()));
    }

    public Mono<Day> today(Caller caller) {
        return zone(caller).map(zone -> {
            LocalDate date = clock.instant().atZone(zone).toLocalDate();
            return new Day(date, date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
        });
    }
}
