package app.pos.api.security.sessions;

import app.pos.api.security.SecurityProperties;
import app.pos.kernel.rules.RuleViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Refresh tokens (A1): 256 random bits, stored only as their SHA-256, good for one use. Using one
 * returns a new one in the same family; using one a second time means it was copied, so the whole
 * family (the sign-in it came from) ends on every device that holds a token of it. Blocking JDBC: call
 * it off the event loop.
 */
@Component
public class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SecurityProperties properties;
    private final RevokedSessions revoked;
    private final Clock clock;

    public RefreshTokens(JdbcTemplate jdbc, PlatformTransactionManager transactions, SecurityProperties properties,
                         RevokedSessions revoked, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.properties = properties;
        this.revoked = revoked;
        this.clock = clock;
    }

    /** Whose token it was: the new access token and refresh token are issued for this session. */
    public record Session(UUID familyId, UUID userId, UUID businessId) {
    }

    public String startSession(UUID familyId, UUID userId, UUID businessId) {
        return issue(new Session(familyId, userId, businessId));
    }

    /** Spends the token and hands out its successor; a spent, revoked, expired or unknown token is refused. */
    public Rotated rotate(String token) {
        String hash = hash(token);
        Instant now = clock.instant();
        Outcome outcome = transactions.execute(status -> {
            List<Session> spent = jdbc.query("""
                            SELECT family_id, user_id, business_id FROM refresh_token
                            WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
                            FOR UPDATE""",
                    (row, index) -> new Session(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                            row.getObject(3, UUID.class)), hash, Timestamp.from(now));
            if (!spent.isEmpty()) {
                jdbc.update("UPDATE refresh_token SET used_at = ? WHERE token_hash = ?", Timestamp.from(now), hash);
                return new Outcome(spent.get(0), false);
            }
            List<UUID> replayedFamily = jdbc.queryForList(
                    "SELECT family_id FROM refresh_token WHERE token_hash = ? AND used_at IS NOT NULL", UUID.class, hash);
            replayedFamily.forEach(family -> revokeInTransaction(family, now));
            return new Outcome(null, !replayedFamily.isEmpty());
        });
        if (outcome.replayed()) {
            throw new RuleViolation("REFRESH_TOKEN_REUSED", RuleViolation.Kind.UNAUTHENTICATED,
                    "this refresh token was used before; the session it belongs to has ended everywhere");
        }
        if (outcome.session() == null) {
            throw new RuleViolation("INVALID_REFRESH_TOKEN", RuleViolation.Kind.UNAUTHENTICATED,
                    "the refresh token is unknown, expired or revoked; sign in again");
        }
        return new Rotated(outcome.session(), issue(outcome.session()));
    }

    public record Rotated(Session session, String refreshToken) {
    }

    /** Ends one sign-in: its refresh tokens stop working, and so do its access tokens. */
    public void endSession(UUID familyId) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> revokeInTransaction(familyId, now));
    }

    /**
     * Ends every session a person has, on every device. Inside a transaction already running (the one a
     * command commits in), it joins it, so the sessions end exactly when the change that ended them commits.
     */
    public void endAllSessionsOf(UUID userId) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> jdbc.queryForList(
                        "SELECT DISTINCT family_id FROM refresh_token WHERE user_id = ? AND revoked_at IS NULL",
                        UUID.class, userId)
                .forEach(family -> revokeInTransaction(family, now)));
    }

    public void endSessionOf(String refreshToken) {
        jdbc.queryForList("SELECT family_id FROM refresh_token WHERE token_hash = ?", UUID.class, hash(refreshToken))
                .forEach(this::endSession);
    }

    private void revokeInTransaction(UUID familyId, Instant now) {
        jdbc.update("UPDATE refresh_token SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                Timestamp.from(now), familyId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    revoked.revoke(familyId);
                }
            });
        } else {
            revoked.revoke(familyId);
        }
    }

    private String issue(Session session) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        jdbc.update("""
                        INSERT INTO refresh_token (token_hash, family_id, user_id, business_id, issued_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                hash(token), session.familyId(), session.userId(), session.businessId(), Timestamp.from(now),
                Timestamp.from(now.plus(properties.refreshTokenTtl())));
        return token;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Outcome(Session session, boolean replayed) {
    }
}
