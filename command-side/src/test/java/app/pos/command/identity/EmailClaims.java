package app.pos.command.identity;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The table behind a real {@link EmailRegistry}, shaped like the production one, in an in-memory H2 database. */
final class EmailClaims {

    private final JdbcTemplate jdbc;

    private EmailClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The named database with no email claimed in it. */
    static EmailClaims empty(String database) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE IF NOT EXISTS user_email_claim (email VARCHAR(254) PRIMARY KEY, "
                + "user_id UUID NOT NULL)");
        jdbc.update("DELETE FROM user_email_claim");
        return new EmailClaims(jdbc);
    }

    EmailRegistry registry() {
        return new EmailRegistry(jdbc);
    }

    void claimedBy(UUID userId, String email) {
        jdbc.update("INSERT INTO user_email_claim (email, user_id) VALUES (?, ?)", email, userId);
    }

    /** Who holds each claimed email. */
    Map<String, UUID> all() {
        Map<String, UUID> claims = new LinkedHashMap<>();
        jdbc.query("SELECT email, user_id FROM user_email_claim ORDER BY email",
                row -> {
                    claims.put(row.getString("email"), row.getObject("user_id", UUID.class));
                });
        return claims;
    }
}
