package app.pos.query.replay;

import app.pos.query.shared.Projections;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a rebuild works with, all of it shared with the running server: the event store, the shadow tables,
 * and the live projections' processor, its stored position and its tables.
 */
@Component
class RebuildParts {

    private static final String GROUP = Projections.GROUP;

    private final ApplicationContext context;
    private final EventStore eventStore;
    private final ShadowTables shadowTables;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final EventProcessingConfiguration processors;
    private final JdbcTemplate liveTables;

    RebuildParts(ApplicationContext context, EventStore eventStore, ShadowTables shadowTables, TokenStore tokenStore,
                 TransactionManager transactions, EventProcessingConfiguration processors, DataSource dataSource) {
        this.context = context;
        this.eventStore = eventStore;
        this.shadowTables = shadowTables;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.processors = processors;
        this.liveTables = new JdbcTemplate(dataSource);
    }

    ApplicationContext context() {
        return context;
    }

    EventStore eventStore() {
        return eventStore;
    }

    ShadowTables shadowTables() {
        return shadowTables;
    }

    int[] liveSegments() {
        return transactions.fetchInTransaction(() -> tokenStore.fetchSegments(GROUP));
    }

    /** What the running live processor has committed so far. */
    LivePosition livePosition(StreamingEventProcessor live) {
        Map<Segment, TrackingToken> tokens = new HashMap<>();
        for (EventTrackerStatus status : live.processingStatus().values()) {
            tokens.put(status.getSegment(), status.getTrackingToken());
        }
        return new LivePosition(tokens, processors.sequencingPolicy(GROUP));
    }

    /**
     * The paused live processor's stored position, its segments claimed for this node until the switch is
     * over: no other node may take them up and write to tables that are about to be replaced.
     */
    LivePosition claimLivePosition() {
        return transactions.fetchInTransaction(() -> {
            int[] segments = tokenStore.fetchSegments(GROUP);
            Map<Segment, TrackingToken> tokens = new HashMap<>();
            for (int segment : segments) {
                tokens.put(Segment.computeSegment(segment, segments), tokenStore.fetchToken(GROUP, segment));
            }
            return new LivePosition(tokens, processors.sequencingPolicy(GROUP));
        });
    }

    void releaseLivePosition() {
        transactions.executeInTransaction(this::releaseClaims);
    }

    /** The rebuilt rows take the live ones' place in one transaction, and the claims end with it. */
    void replaceLiveTables(List<String> tables, LivePosition paused) {
        transactions.executeInTransaction(() -> {
            extendClaims(paused);
            for (String table : tables) {
                liveTables.update("DELETE FROM " + table);
                liveTables.update("INSERT INTO " + table + " SELECT * FROM " + ShadowTables.shadowOf(table));
            }
            releaseClaims();
        });
    }

    /** Per table, the rows of the live table and of the rebuilt one that have no equal in the other. */
    Map<String, Long> compareWithLiveTables(List<String> tables, LivePosition paused) {
        return transactions.fetchInTransaction(() -> {
            extendClaims(paused);
            Map<String, Long> differences = tables.stream().collect(Collectors.toMap(table -> table,
                    table -> rowsOnlyIn(table, ShadowTables.shadowOf(table)) + rowsOnlyIn(ShadowTables.shadowOf(table), table),
                    (a, b) -> a, LinkedHashMap::new));
            releaseClaims();
            return differences;
        });
    }

    private long rowsOnlyIn(String table, String other) {
        Long rows = liveTables.queryForObject(
                "SELECT COUNT(*) FROM (SELECT * FROM " + table + " EXCEPT SELECT * FROM " + other + ") only_here",
                Long.class);
        return rows == null ? 0 : rows;
    }

    /** Taking the token rows first also locks them, so no node claims them while the tables change. */
    private void extendClaims(LivePosition paused) {
        paused.tokens().keySet().forEach(segment -> tokenStore.extendClaim(GROUP, segment.getSegmentId()));
    }

    private void releaseClaims() {
        for (int segment : tokenStore.fetchSegments(GROUP)) {
            tokenStore.releaseClaim(GROUP, segment);
        }
    }
}
