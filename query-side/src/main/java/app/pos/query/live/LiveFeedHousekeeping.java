package app.pos.query.live;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Duration;

/**
 * Now and then: finds stock that came within its expiry window as days passed, and forgets pushes older
 * than the resume window ({@code pos.stream.resume-window}), so the live feed stays small. Only the node
 * that runs the live processor does it: pushes are then recorded by one node, one at a time, and their ids
 * become visible in order, which is what lets a reconnecting client resume without missing one.
 */
@Component
class LiveFeedHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFeedHousekeeping.class);

    private final ExpiryWatch expiries;
    private final LiveFeed feed;
    private final EventProcessingConfiguration processors;
    private final Clock clock;
    private final Duration every;
    private final Duration resumeWindow;
    private Disposable schedule;

    LiveFeedHousekeeping(ExpiryWatch expiries, LiveFeed feed, EventProcessingConfiguration processors, Clock clock,
                         @Value("${pos.stream.housekeeping:10m}") Duration every,
                         @Value("${pos.stream.resume-window:24h}") Duration resumeWindow) {
        this.expiries = expiries;
        this.feed = feed;
        this.processors = processors;
        this.clock = clock;
        this.every = every;
        this.resumeWindow = resumeWindow;
    }

    void run() {
        if (!runsTheLiveProcessor()) {
            return;
        }
        expiries.sweep();
        feed.forgetBefore(clock.instant().minus(resumeWindow));
    }

    private boolean runsTheLiveProcessor() {
        return processors.eventProcessor(LiveFeedProjection.GROUP, StreamingEventProcessor.class)
                .map(processor -> !processor.processingStatus().isEmpty())
                .orElse(false);
    }

    @Override
    public void start() {
        schedule = Flux.interval(Duration.ofSeconds(30), every, Schedulers.boundedElastic())
                .subscribe(tick -> {
                    try {
                        run();
                    } catch (RuntimeException failure) {
                        log.warn("Live feed housekeeping failed; it runs again in {}", every, failure);
                    }
                });
    }

    @Override
    public void stop() {
        schedule.dispose();
    }

    @Override
    public boolean isRunning() {
        return schedule != null && !schedule.isDisposed();
    }
}
