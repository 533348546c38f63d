package app.pos.command;

import app.pos.command.shared.AggregateCache;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    /**
     * Aggregates stay in memory between commands, up to {@code pos.aggregates.cache-size} of them; the lock
     * keeps them safe. A weak cache lost them at every garbage collection, so a busy till kept replaying its
     * products' histories.
     */
    @Bean
    public Cache aggregateCache(@Value("${pos.aggregates.cache-size:10000}") long size) {
        return new AggregateCache(size);
    }

    /**
     * A product sold on every bill gathers an event per sale for as long as it is on the shelf. Once loading
     * one has taken {@code pos.aggregates.snapshot-every} events, its state is stored as a snapshot, so
     * that loading it again (after a restart, or once the cache let it go) starts from there.
     */
    @Bean
    public SnapshotTriggerDefinition aggregateSnapshots(Snapshotter snapshotter,
                                                        @Value("${pos.aggregates.snapshot-every:250}") int events) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, events);
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
