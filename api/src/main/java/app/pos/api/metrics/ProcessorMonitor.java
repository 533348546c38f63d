package app.pos.api.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

/**
 * What an event processor reports: its lag behind the event store ({@code eventProcessor_latency}, Axon's own
 * monitor) and how many events it handled and failed on, with meters bound once for the processor. Axon's
 * default set also timed every event, kept a sliding window of samples per event for its capacity gauge and
 * looked its meters up by the event's type for each one: a fifth of the server's time under load, with nine
 * processors, for figures nobody watched.
 */
final class ProcessorMonitor implements MessageMonitor<EventMessage<?>> {

    static final String PREFIX = "eventProcessor";
    private static final String PROCESSOR = "processorName";

    private final Counter handled;
    private final Counter failed;

    private ProcessorMonitor(MeterRegistry registry, Tags processor) {
        this.handled = Counter.builder(PREFIX + ".handled").tags(processor)
                .description("Events the processor handled").register(registry);
        this.failed = Counter.builder(PREFIX + ".failed").tags(processor)
                .description("Events whose handling failed (their batch is rolled back and taken again)")
                .register(registry);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static MessageMonitor<EventMessage<?>> of(MeterRegistry registry, String processorName) {
        Tags processor = Tags.of(PROCESSOR, processorName);
        EventProcessorLatencyMonitor latency = EventProcessorLatencyMonitor.builder().meterNamePrefix(PREFIX)
                .meterRegistry(registry).tagsBuilder(message -> processor).build();
        return new MultiMessageMonitor(latency, new ProcessorMonitor(registry, processor));
    }

    @Override
    public MonitorCallback onMessageIngested(EventMessage<?> message) {
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                handled.increment();
            }

            @Override
            public void reportFailure(Throwable cause) {
                failed.increment();
            }

            @Override
            public void reportIgnored() {
                // an event no handler of the processor takes
            }
        };
    }
}
