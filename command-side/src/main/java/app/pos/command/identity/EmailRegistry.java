package app.pos.command.identity;

import app.pos.kernel.rules.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.UUID;

/**
 * Sign-in emails are unique across the platform. A claim is written in the same transaction as the
 * user's first event, so two registrations racing for one email cannot both commit.
 */
@Component
public class EmailRegistry {

    private final JdbcTemplate jdbc;

    public EmailRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void claim(String email, UUID userId) {
        try {
            jdbc.update("INSERT INTO user_email_claim (email, user_id) VALUES (?, ?)", normalize(email), userId);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("EMAIL_TAKEN", RuleViolation.Kind.CONFLICT, "email is already in use: " + email);
        }
    }

    /** Frees an address the user moved away from, so someone else can sign in with it later. */
    public void release(String email, UUID userId) {
        jdbc.update("DELETE FROM user_email_claim WHERE email = ? AND user_id = ?", normalize(email), userId);
    }

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
