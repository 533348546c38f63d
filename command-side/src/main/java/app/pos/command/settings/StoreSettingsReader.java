package app.pos.command.settings;

import app.pos.command.shared.Rules;
import app.pos.kernel.settings.StoreOpened;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.settings.StoreSettingsChanged;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.concurrent.ConcurrentMap;

/**
 * The store's current settings, read straight from its events. Every sale needs them, so reading them
 * must not take the store's lock: loading the aggregate would make all tills of a business wait on one
 * another. What was read is kept per business with the sequence number of the store's last event, and
 * each call reads only the events after it, so a sale usually costs one indexed query that finds nothing.
 * The store is still asked every time: another node may have changed the settings.
 */
@Component
public class StoreSettingsReader {

    /** Settings are a few hundred bytes, so this many businesses' take a few megabytes at most. */
    private static final int BUSINESSES_KEPT = 10_000;

    private final EventStore eventStore;
    private final ConcurrentMap<UUID, Read> lastRead = Caffeine.newBuilder()
            .maximumSize(BUSINESSES_KEPT)
            .<UUID, Read>build()
            .asMap();

    public StoreSettingsReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public StoreSettings current(UUID businessId) {
        Read known = lastRead.getOrDefault(businessId, Read.NOTHING);
        Read latest = known.andThen(eventStore.readEvents(businessId.toString(), known.sequenceNumber() + 1));
        if (latest.settings() == null) {
            throw Rules.notFound("STORE_NOT_FOUND", businessId);
        }
        if (latest != known) {
            remember(businessId, latest);
        }
        return latest.settings();
    }

    /**
     * The event store also hands over the events the current unit of work has yet to commit, so what was
     * read is kept only once it commits. Callers racing on one business keep whichever read went further.
     */
    private void remember(UUID businessId, Read read) {
        Runnable keep = () -> lastRead.merge(businessId, read, Read::further);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(committed -> keep.run());
        } else {
            keep.run();
        }
    }

    private record Read(StoreSettings settings, long sequenceNumber) {

        static final Read NOTHING = new Read(null, -1);

        Read andThen(DomainEventStream events) {
            Read read = this;
            while (events.hasNext()) {
                DomainEventMessage<?> event = events.next();
                StoreSettings settings = read.settings();
                if (event.getPayload() instanceof StoreOpened opened) {
                    settings = opened.settings();
                } else if (event.getPayload() instanceof StoreSettingsChanged changed) {
                    settings = changed.settings();
                }
                read = new Read(settings, event.getSequenceNumber());
            }
            return read;
        }

        Read further(Read other) {
            return other.sequenceNumber() > sequenceNumber ? other : this;
        }
    }
}
