package app.pos.command.settings;

import app.pos.command.shared.Rules;
import app.pos.kernel.settings.StoreOpened;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.settings.StoreSettingsChanged;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The store's current settings, read straight from its events. Every sale needs them, so reading them
 * must not take the store's lock: loading the aggregate would make all tills of a business wait on one
 * another. Settings change rarely, so the stream is short.
 */
@Component
public class StoreSettingsReader {

    private final EventStore eventStore;

    public StoreSettingsReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public StoreSettings current(UUID businessId) {
        DomainEventStream events = eventStore.readEvents(businessId.toString());
        StoreSettings settings = null;
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof StoreOpened opened) {
                settings = opened.settings();
            } else if (payload instanceof StoreSettingsChanged changed) {
                settings = changed.settings();
            }
        }
        if (settings == null) {
            throw Rules.notFound("STORE_NOT_FOUND", businessId);
        }
        return settings;
    }
}
