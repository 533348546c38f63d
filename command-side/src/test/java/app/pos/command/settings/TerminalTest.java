package app.pos.command.settings;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.Role;
import app.pos.kernel.rules.RuleViolation.Kind;
import app.pos.kernel.settings.RegisterTerminal;
import app.pos.kernel.settings.RetireTerminal;
import app.pos.kernel.settings.StoreOpened;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.settings.TerminalRegistered;
import app.pos.kernel.settings.TerminalRetired;
import app.pos.kernel.settings.TerminalView;
import app.pos.kernel.stock.Quantity;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static app.pos.command.RuleViolationMatcher.violation;
import static app.pos.command.TestClock.CLOCK;
import static app.pos.command.TestClock.NOW;

/** The tills a store knows by the id they send in X-Terminal-Id. */
class TerminalTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final Actor OWNER = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d001"), Role.OWNER);
    private static final Instant EARLIER = Instant.parse("2026-11-01T08:00:00Z");
    private static final StoreSettings SETTINGS = new StoreSettings("Sharma General Store", null, null, "₹",
            BigDecimal.ZERO, Quantity.ZERO, null, false, null, null, "UTC");

    private FixtureConfiguration<Store> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Store.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void registeringATillNamesIt() {
        fixture.given(opened())
                .when(new RegisterTerminal(BUSINESS, " till-1 ", " Front counter ", OWNER))
                .expectEvents(new TerminalRegistered(BUSINESS, "till-1", "Front counter", NOW))
                .expectResultMessagePayload(new TerminalView("till-1", "Front counter", true, NOW, null));
    }

    @Test
    void aTillIsRegisteredOnlyOnce() {
        fixture.given(opened(), registered("till-1"))
                .when(new RegisterTerminal(BUSINESS, "till-1", "Back counter", OWNER))
                .expectException(violation("TERMINAL_ALREADY_REGISTERED").ofKind(Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void retiringATillRecordsWhen() {
        fixture.given(opened(), registered("till-1"))
                .when(new RetireTerminal(BUSINESS, "till-1", OWNER))
                .expectEvents(new TerminalRetired(BUSINESS, "till-1", NOW));
    }

    @Test
    void retiringAnUnknownTillIsRefused() {
        fixture.given(opened(), registered("till-1"))
                .when(new RetireTerminal(BUSINESS, "till-2", OWNER))
                .expectException(violation("TERMINAL_NOT_FOUND").ofKind(Kind.NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aRetiredTillCannotBeRetiredAgain() {
        fixture.given(opened(), registered("till-1"), new TerminalRetired(BUSINESS, "till-1", EARLIER))
                .when(new RetireTerminal(BUSINESS, "till-1", OWNER))
                .expectException(violation("TERMINAL_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void aRetiredTillMayBeRegisteredAgain() {
        fixture.given(opened(), registered("till-1"), new TerminalRetired(BUSINESS, "till-1", EARLIER))
                .when(new RegisterTerminal(BUSINESS, "till-1", "Front counter, new machine", OWNER))
                .expectEvents(new TerminalRegistered(BUSINESS, "till-1", "Front counter, new machine", NOW));
    }

    @Test
    void aTillNeedsAnId() {
        fixture.given(opened())
                .when(new RegisterTerminal(BUSINESS, "  ", "Front counter", OWNER))
                .expectException(violation("FIELD_REQUIRED"))
                .expectNoEvents();
    }

    private static StoreOpened opened() {
        return new StoreOpened(BUSINESS, SETTINGS, EARLIER);
    }

    private static TerminalRegistered registered(String terminalId) {
        return new TerminalRegistered(BUSINESS, terminalId, "Front counter", EARLIER);
    }
}
