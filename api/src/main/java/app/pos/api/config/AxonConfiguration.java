package app.pos.api.config;

import app.pos.api.security.sessions.SessionTerminations;
import app.pos.api.shared.Causes;
import app.pos.command.shared.RejectionInterceptor;
import app.pos.query.live.LiveFeedProjection;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How Axon is set up beyond its defaults: audit metadata on every event and the kind of event processors. */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** Metadata a command carries from the request that every event it causes inherits. */
    static final List<String> AUDIT_KEYS = List.of("userId", "role", "businessId", "terminalId", "requestId");

    /**
     * Every event says who caused it, from where, and in answer to which request. {@code correlationId}
     * stays the same along a chain of messages; {@code causationId} names the message that caused this one.
     */
    @Bean
    public CorrelationDataProvider auditTrail() {
        return message -> {
            Map<String, Object> data = new HashMap<>();
            AUDIT_KEYS.forEach(key -> {
                Object value = message.getMetaData().get(key);
                if (value != null) {
                    data.put(key, value);
                }
            });
            data.put("correlationId", message.getMetaData().getOrDefault("correlationId", message.getIdentifier()));
            data.put("causationId", message.getIdentifier());
            return data;
        };
    }

    /**
     * A duplicate (aggregate, sequence) key on append means another request changed the same aggregate
     * first. Axon's default resolver misses how H2 and PostgreSQL report it (SQLState 23505), which
     * would surface the race as a storage failure instead of a concurrency conflict.
     */
    @Bean
    public PersistenceExceptionResolver duplicateKeyIsAConflict() {
        return Causes::isDuplicateKey;
    }

    /** Refusals travel back to the caller as data, the same on one node or many. */
    @Bean
    public SmartInitializingSingleton rejectionsAsData(CommandBus commandBus) {
        return () -> commandBus.registerHandlerInterceptor(new RejectionInterceptor());
    }

    /**
     * Three tracking processors read the event store: {@code projections} writes every query table, so each
     * event is fetched, deserialized and tracked once for all of them; {@code live} turns events into the live
     * streams' pushes and starts at the head of the store the first time it runs, since it pushes what happens
     * from then on and is never replayed; {@code event-chain} links events into the hash chain, which is never
     * reset. Each takes up to {@code pos.projections.batch-size} events at a time in one transaction, in which
     * its handlers' writes and its new position commit together (see {@code Projections}). A handler that fails
     * fails its batch, which is rolled back and taken again; Axon's default would log the failure and move on,
     * leaving the event out for good. The metrics group only counts what this node commits live, so it
     * subscribes; so does the group that ends sessions, which must act in the very transaction that takes
     * access away.
     */
    @Bean
    public ConfigurerModule eventProcessors(@Value("${pos.projections.batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor("metrics")
                .registerSubscribingEventProcessor(SessionTerminations.GROUP)
                .registerTrackingEventProcessorConfiguration(config -> tracking(batchSize))
                .registerTrackingEventProcessorConfiguration(LiveFeedProjection.GROUP,
                        config -> tracking(batchSize).andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }

    private static TrackingEventProcessorConfiguration tracking(int batchSize) {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize);
    }
}
