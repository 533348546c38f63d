package app.pos.api.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * Axon times every message its buses, store and processors handle, and by default each of those timers also
 * keeps six sliding-window percentiles per message type: a cost on every event and about 1,300 lines per
 * scrape, in which a scrape took over 100 ms of CPU. Counts, sums and maxima stay; percentiles across nodes
 * are Prometheus's to compute (and averages from the sums), not each node's.
 */
@Configuration(proxyBeanMethods = false)
public class AxonTimers {

    private static final Set<String> AXON_COMPONENTS = Set.of("commandBus", "eventStore", "eventProcessor", "queryBus");

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
