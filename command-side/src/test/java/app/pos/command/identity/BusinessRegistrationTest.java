package app.pos.command.identity;

import app.pos.command.RuleViolationMatcher;
import app.pos.command.settings.Store;
import app.pos.kernel.identity.Platform;
import app.pos.kernel.identity.RegisterBusiness;
import app.pos.kernel.identity.Role;
import app.pos.kernel.identity.UserRegistered;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.rules.RuleViolation.Kind;
import app.pos.kernel.settings.StoreOpened;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.stock.Quantity;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.pos.command.RuleViolationMatcher.violation;
import static app.pos.command.TestClock.CLOCK;
import static app.pos.command.TestClock.NOW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A business and its first owner are two aggregates written in one unit of work, so this runs Axon itself
 * (in memory) with both aggregates and the handler wired as in the application.
 */
class BusinessRegistrationTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final UUID ASHA_ID = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final UUID SOMEONE_ELSE = UUID.fromString("00000000-0000-0000-0000-00000000d002");
    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuv";
    private static final StoreSettings SHARMA = new StoreSettings("Sharma General Store", "+91 98765 43210",
            "4 Station Road", "₹", new BigDecimal("5"), Quantity.of(10), null, false, null, null, "Asia/Kolkata");

    private EmailClaims claims;
    private InMemoryEventStorageEngine recorded;
    private Configuration axon;

    @BeforeEach
    void start() {
        claims = EmailClaims.empty("registrations");
        recorded = new InMemoryEventStorageEngine();
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> recorded)
                .registerComponent(Clock.class, c -> CLOCK)
                .registerComponent(EmailRegistry.class, c -> claims.registry())
                .configureAggregate(Store.class)
                .configureAggregate(User.class)
                .registerCommandHandler(c -> new BusinessRegistration(c.repository(Store.class),
                        c.repository(User.class), c.getComponent(EmailRegistry.class), c.eventStore(),
                        c.getComponent(Clock.class)))
                .start();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void oneCommandOpensTheStoreAndRegistersItsOwner() {
        UUID answer = register(sharma("Asha@Example.in"));

        assertEquals(BUSINESS, answer);
        assertEquals(List.of(new StoreOpened(BUSINESS, SHARMA, NOW),
                        new UserRegistered(ASHA_ID, BUSINESS, "asha@example.in", "Asha Sharma", Role.OWNER, HASH)),
                everythingRecorded());
        assertEquals(Map.of("asha@example.in", ASHA_ID), claims.all());
    }

    @Test
    void theSameRegistrationAgainChangesNothing() {
        register(sharma("asha@example.in"));

        UUID answer = register(sharma("asha@example.in"));

        assertEquals(BUSINESS, answer);
        assertEquals(2, everythingRecorded().size());
    }

    @Test
    void anotherOwnerCannotRegisterTheSameBusinessId() {
        register(sharma("asha@example.in"));

        refused(sharma("vikram@example.in"), violation("BUSINESS_ALREADY_REGISTERED").ofKind(Kind.CONFLICT));

        assertEquals(2, everythingRecorded().size());
        assertEquals(Map.of("asha@example.in", ASHA_ID), claims.all());
    }

    @Test
    void anOwnerIdAlreadyInUseIsRefused() {
        register(sharma("asha@example.in"));
        UUID anotherBusiness = UUID.fromString("00000000-0000-0000-0000-00000000b002");

        refused(new RegisterBusiness(anotherBusiness, SHARMA, ASHA_ID, "vikram@example.in", "Vikram", HASH),
                violation("USER_ID_TAKEN").ofKind(Kind.CONFLICT));

        assertEquals(2, everythingRecorded().size());
    }

    @Test
    void anOwnerEmailInUseRefusesTheWholeRegistration() {
        claims.claimedBy(SOMEONE_ELSE, "asha@example.in");

        refused(sharma("asha@example.in"), violation("EMAIL_TAKEN").ofKind(Kind.CONFLICT));

        assertEquals(List.of(), everythingRecorded());
    }

    @Test
    void aRegistrationRefusedForItsEmailCanBeMadeAgainWithAnother() {
        claims.claimedBy(SOMEONE_ELSE, "asha@example.in");
        assertThrows(RuleViolation.class, () -> register(sharma("asha@example.in")));

        register(sharma("asha.sharma@example.in"));

        assertEquals(List.of(new StoreOpened(BUSINESS, SHARMA, NOW),
                        new UserRegistered(ASHA_ID, BUSINESS, "asha.sharma@example.in", "Asha Sharma", Role.OWNER,
                                HASH)),
                everythingRecorded());
    }

    @Test
    void thePlatformsOwnIdIsNoBusiness() {
        refused(new RegisterBusiness(Platform.BUSINESS_ID, SHARMA, ASHA_ID, "asha@example.in", "Asha Sharma", HASH),
                violation("BUSINESS_ID_RESERVED"));

        assertEquals(List.of(), everythingRecorded());
        assertEquals(Map.of(), claims.all());
    }

    private static RegisterBusiness sharma(String ownerEmail) {
        return new RegisterBusiness(BUSINESS, SHARMA, ASHA_ID, ownerEmail, " Asha Sharma ", HASH);
    }

    private UUID register(RegisterBusiness command) {
        return axon.commandGateway().sendAndWait(command);
    }

    private void refused(RegisterBusiness command, RuleViolationMatcher expected) {
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> register(command));
        assertThat(refusal, expected);
    }

    private List<Object> everythingRecorded() {
        return recorded.readEvents(null, false).map(Message::getPayload).map(Object.class::cast).toList();
    }
}
