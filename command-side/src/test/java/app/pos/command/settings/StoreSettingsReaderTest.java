package app.pos.command.settings;

import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.settings.StoreOpened;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.settings.StoreSettingsChanged;
import app.pos.kernel.settings.TerminalRegistered;
import app.pos.kernel.stock.Quantity;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreSettingsReaderTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");
    private static final StoreSettings OPENED = settings(new BigDecimal("5"), null);
    private static final StoreSettings CHANGED = settings(new BigDecimal("18"), Money.of("500.00"));

    /** Which sequence number each read of the store's events started from. */
    private final List<Long> readsFrom = new ArrayList<>();
    private final EventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine() {
        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            readsFrom.add(firstSequenceNumber);
            return super.readEvents(aggregateIdentifier, firstSequenceNumber);
        }
    }).build();
    private final StoreSettingsReader reader = new StoreSettingsReader(events);

    @Test
    void aChangeIsSeenByTheNextReadAndOnlyEventsAfterTheLastOneReadAreRead() {
        store(0, new StoreOpened(BUSINESS, OPENED, NOW));
        assertThat(reader.current(BUSINESS)).isEqualTo(OPENED);
        assertThat(reader.current(BUSINESS)).isEqualTo(OPENED);

        store(1, new StoreSettingsChanged(BUSINESS, CHANGED, OWNER, NOW));
        assertThat(reader.current(BUSINESS)).isEqualTo(CHANGED);

        store(2, new TerminalRegistered(BUSINESS, "till-1", "Front till", NOW));
        assertThat(reader.current(BUSINESS)).isEqualTo(CHANGED);
        assertThat(reader.current(BUSINESS)).isEqualTo(CHANGED);

        assertThat(readsFrom).containsExactly(0L, 1L, 1L, 2L, 3L);
    }

    @Test
    void aChangeOfAUnitOfWorkThatRollsBackIsForgotten() {
        store(0, new StoreOpened(BUSINESS, OPENED, NOW));
        assertThat(reader.current(BUSINESS)).isEqualTo(OPENED);

        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        store(1, new StoreSettingsChanged(BUSINESS, CHANGED, OWNER, NOW));
        assertThat(reader.current(BUSINESS)).isEqualTo(CHANGED);
        unitOfWork.rollback();

        assertThat(reader.current(BUSINESS)).isEqualTo(OPENED);
        store(1, new StoreSettingsChanged(BUSINESS, settings(new BigDecimal("12"), null), OWNER, NOW));
        assertThat(reader.current(BUSINESS).taxRate()).isEqualByComparingTo("12");
    }

    @Test
    void aBusinessWithoutAStoreIsNotFound() {
        assertThatThrownBy(() -> reader.current(BUSINESS)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo("STORE_NOT_FOUND"));
        store(0, new StoreOpened(BUSINESS, OPENED, NOW));
        assertThat(reader.current(BUSINESS)).isEqualTo(OPENED);
    }

    private void store(long sequenceNumber, Object event) {
        events.publish(new GenericDomainEventMessage<>("Store", BUSINESS.toString(), sequenceNumber, event));
    }

    private static StoreSettings settings(BigDecimal taxRate, Money approvalThreshold) {
        return new StoreSettings("Sharma General Store", null, null, "₹", taxRate, Quantity.of(10),
                approvalThreshold, false, null, null, "Asia/Kolkata");
    }
}
