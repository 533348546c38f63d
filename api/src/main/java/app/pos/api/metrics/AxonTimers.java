package app.pos.api.metrics;

import io.micrometer.core.instrument.Meter;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * Axon's metrics, trimmed to what is worth its cost. Axon times every message its buses, store and processors handle, and by default each of those timers also
 * keeps six sliding-window percentiles per message type: a cost on every event and about 1,300 lines per
 * scrape, in which a scrape took over 100 ms of CPU. Counts, sums and maxima stay; percentiles across nodes
 * are Prometheus's to compute (and averages from the sums), not each node's.
 */
@Configuration(proxyBeanMethods = false)
public class AxonTimers {

    private static final Set<String> AXON_COMPONENTS = Set.of("commandBus", "eventStore", "eventProcessor", "queryBus");

    /**
     * The buses and the event store keep Axon's monitors, tagged by message type; event processors report
     * their lag and their counts only ({@link ProcessorMonitor}).
     */
    @Bean
    public MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry metrics) {
        return new MetricsConfigurerModule(metrics, true) {
            @Override
            @SuppressWarnings("unchecked")
            public void configureModule(Configurer configurer) {
                configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                        EventProcessor.class.isAssignableFrom(componentType)
                                ? (MessageMonitor<Message<?>>) (MessageMonitor<?>) ProcessorMonitor.of(metrics.getRegistry(), componentName)
                                : (MessageMonitor<Message<?>>) metrics.registerComponentWithDefaultTags(componentType, componentName));
            }
        };
    }

    @Bean
    public MeterFilter axonTimersWithoutPercentiles() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER || !AXON_COMPONENTS.contains(component(id.getName()))) {
                    return config;
                }
                return DistributionStatisticConfig.builder().percentiles().percentilesHistogram(false).build()
                        .merge(config);
            }
        };
    }

    private static String component(String meterName) {
        int dot = meterName.indexOf('.');
        return dot < 0 ? meterName : meterName.substring(0, dot);
    }
}
