package app.pos.command.identity;

import app.pos.kernel.identity.RegisterUser;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.UserRegistered;
import app.pos.kernel.rules.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.pos.command.RuleViolationMatcher.violation;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The email registry is real: an in-memory H2 table shaped like the production one. */
class UserTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final UUID SOMEONE_ELSE = UUID.fromString("00000000-0000-0000-0000-00000000d002");
    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuv";

    private static JdbcTemplate jdbc;

    private FixtureConfiguration<User> fixture;

    @BeforeAll
    static void createDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:emails;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE IF NOT EXISTS user_email_claim (email VARCHAR(254) PRIMARY KEY, "
                + "user_id UUID NOT NULL)");
    }

    @BeforeEach
    void setUp() {
        jdbc.update("DELETE FROM user_email_claim");
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(new EmailRegistry(jdbc));
    }

    @Test
    void registeringEmitsUserRegisteredWithTheEmailNormalised() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, BUSINESS, "  Priya.Sharma@Example.IN ", " Priya Sharma ", Role.CASHIER,
                        HASH))
                .expectEvents(new UserRegistered(USER, BUSINESS, "priya.sharma@example.in", "Priya Sharma",
                        Role.CASHIER, HASH))
                .expectResultMessagePayload(USER);
    }

    @Test
    void registeringClaimsTheEmailForTheUser() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, BUSINESS, "Priya@Example.in", "Priya Sharma", Role.CASHIER, HASH))
                .expectSuccessfulHandlerExecution();

        assertEquals(List.of(Map.of("email", "priya@example.in", "user_id", USER)),
                jdbc.queryForList("SELECT email, user_id FROM user_email_claim"));
    }

    @Test
    void repeatedRegistrationChangesNothingAndAnswersWithTheUser() {
        fixture.given(new UserRegistered(USER, BUSINESS, "priya@example.in", "Priya Sharma", Role.CASHIER, HASH))
                .when(new RegisterUser(USER, BUSINESS, "priya@example.in", "Priya Sharma", Role.CASHIER, HASH))
                .expectNoEvents()
                .expectResultMessagePayload(USER);

        assertEquals(0, count());
    }

    @Test
    void emailAlreadyClaimedByAnotherUserIsTaken() {
        jdbc.update("INSERT INTO user_email_claim (email, user_id) VALUES (?, ?)", "priya@example.in", SOMEONE_ELSE);

        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, BUSINESS, "PRIYA@example.in", "Priya Sharma", Role.OWNER, HASH))
                .expectException(violation("EMAIL_TAKEN").ofKind(RuleViolation.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void emailWithoutAnAtSignIsRefused() {
        refused(new RegisterUser(USER, BUSINESS, "priya.example.in", "Priya Sharma", Role.OWNER, HASH),
                "INVALID_EMAIL");
    }

    @Test
    void emailIsRequired() {
        refused(new RegisterUser(USER, BUSINESS, "  ", "Priya Sharma", Role.OWNER, HASH), "FIELD_REQUIRED");
    }

    @Test
    void emailLongerThan254CharactersIsRefused() {
        refused(new RegisterUser(USER, BUSINESS, "p".repeat(250) + "@x.in", "Priya Sharma", Role.OWNER, HASH),
                "FIELD_TOO_LONG");
    }

    @Test
    void roleIsRequired() {
        refused(new RegisterUser(USER, BUSINESS, "priya@example.in", "Priya Sharma", null, HASH), "FIELD_REQUIRED");
    }

    @Test
    void passwordIsRequired() {
        refused(new RegisterUser(USER, BUSINESS, "priya@example.in", "Priya Sharma", Role.OWNER, " "),
                "FIELD_REQUIRED");
    }

    @Test
    void fullNameIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, BUSINESS, "priya@example.in", "  ", Role.OWNER, HASH))
                .expectException(violation("FIELD_REQUIRED"))
                .expectNoEvents();
    }

    private void refused(RegisterUser command, String code) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(violation(code))
                .expectNoEvents();
        assertEquals(0, count(), "a refused registration claims no email");
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_email_claim", Integer.class);
    }
}
