package app.pos.api.security.sessions;

import app.pos.api.security.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Access tokens are checked without a database round trip, so the sessions ended lately are kept in
 * memory: at once for those ended on this node, within {@link #SYNC_EVERY} for those ended on another.
 * Only sessions ended within an access token's lifetime matter; older tokens have expired anyway.
 */
@Component
public class RevokedSessions implements OAuth2TokenValidator<Jwt>, DisposableBean {

    public static final String SESSION_CLAIM = "sid";
    static final Duration SYNC_EVERY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(RevokedSessions.class);
    private static final OAuth2Error ENDED = new OAuth2Error("invalid_token", "the session has ended", null);

    private final Map<UUID, Instant> ended = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final SecurityProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService sync;

    public RevokedSessions(JdbcTemplate jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.sync = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "revoked-sessions");
            thread.setDaemon(true);
            return thread;
        });
        sync.scheduleWithFixedDelay(this::syncQuietly, 0, SYNC_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    void revoke(UUID familyId) {
        ended.put(familyId, clock.instant());
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String session = token.getClaimAsString(SESSION_CLAIM);
        if (session == null || ended.containsKey(UUID.fromString(session))) {
            return OAuth2TokenValidatorResult.failure(ENDED);
        }
        return OAuth2TokenValidatorResult.success();
    }

    private void syncQuietly() {
        try {
            Instant since = clock.instant().minus(properties.accessTokenTtl()).minus(SYNC_EVERY);
            jdbc.query("SELECT family_id, MAX(revoked_at) FROM refresh_token WHERE revoked_at > ? GROUP BY family_id",
                    (RowCallbackHandler) row -> ended.putIfAbsent(row.getObject(1, UUID.class),
                            row.getTimestamp(2).toInstant()), Timestamp.from(since));
            ended.values().removeIf(revokedAt -> revokedAt.isBefore(since));
        } catch (RuntimeException e) {
            log.warn("Could not read the sessions ended on other nodes; will try again", e);
        }
    }

    @Override
    public void destroy() {
        sync.shutdownNow();
    }
}
