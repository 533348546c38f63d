package app.pos.command.settings;

import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.Role;
import app.pos.kernel.money.Money;
import app.pos.kernel.settings.ChangeStoreSettings;
import app.pos.kernel.settings.OpenStore;
import app.pos.kernel.settings.StoreOpened;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.settings.StoreSettingsChanged;
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

class StoreTest {

    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final Actor OWNER = new Actor(UUID.fromString("00000000-0000-0000-0000-00000000d001"), Role.OWNER);
    private static final Instant EARLIER = Instant.parse("2026-11-01T08:00:00Z");
    private static final StoreSettings SHARMA = new StoreSettings("Sharma General Store", "+91 98765 43210",
            "4 Station Road", "₹", new BigDecimal("5"), Quantity.of(10), Money.of("5000.00"), false,
            "Thank you", "Visit again", "Asia/Kolkata");

    private FixtureConfiguration<Store> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Store.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void openingAStoreEmitsStoreOpened() {
        fixture.givenNoPriorActivity()
                .when(new OpenStore(BUSINESS, SHARMA, OWNER))
                .expectEvents(new StoreOpened(BUSINESS, SHARMA, NOW))
                .expectResultMessagePayload(SHARMA);
    }

    @Test
    void openingAnOpenStoreAgainChangesNothingAndAnswersWithItsSettings() {
        StoreSettings other = settings("Another Name", new BigDecimal("18"), null, "UTC");
        fixture.given(new StoreOpened(BUSINESS, SHARMA, EARLIER))
                .when(new OpenStore(BUSINESS, other, OWNER))
                .expectNoEvents()
                .expectResultMessagePayload(SHARMA);
    }

    @Test
    void changingSettingsEmitsStoreSettingsChanged() {
        StoreSettings changed = settings("Sharma Super Mart", new BigDecimal("12"), Money.of("2000.00"), "UTC");
        fixture.given(new StoreOpened(BUSINESS, SHARMA, EARLIER))
                .when(new ChangeStoreSettings(BUSINESS, changed, OWNER))
                .expectEvents(new StoreSettingsChanged(BUSINESS, changed, OWNER.userId(), NOW))
                .expectResultMessagePayload(changed);
    }

    @Test
    void storeWithoutAThresholdNeverAsksForApproval() {
        StoreSettings noThreshold = settings("Sharma General Store", new BigDecimal("5"), null, "UTC");
        fixture.given(new StoreOpened(BUSINESS, SHARMA, EARLIER))
                .when(new ChangeStoreSettings(BUSINESS, noThreshold, OWNER))
                .expectEvents(new StoreSettingsChanged(BUSINESS, noThreshold, OWNER.userId(), NOW));
    }

    @Test
    void blankTimeZoneDefaultsToUtc() {
        fixture.givenNoPriorActivity()
                .when(new OpenStore(BUSINESS, settings("Sharma", new BigDecimal("5"), null, "  "), OWNER))
                .expectEvents(new StoreOpened(BUSINESS, settings("Sharma", new BigDecimal("5"), null, "UTC"), NOW));
    }

    @Test
    void missingTimeZoneDefaultsToUtc() {
        fixture.givenNoPriorActivity()
                .when(new OpenStore(BUSINESS, settings("Sharma", new BigDecimal("5"), null, null), OWNER))
                .expectEvents(new StoreOpened(BUSINESS, settings("Sharma", new BigDecimal("5"), null, "UTC"), NOW));
    }

    @Test
    void timeZoneIsTrimmed() {
        fixture.givenNoPriorActivity()
                .when(new OpenStore(BUSINESS, settings("Sharma", new BigDecimal("5"), null, " Asia/Kolkata "), OWNER))
                .expectEvents(new StoreOpened(BUSINESS,
                        settings("Sharma", new BigDecimal("5"), null, "Asia/Kolkata"), NOW));
    }

    @Test
    void unknownTimeZoneIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenStore(BUSINESS, settings("Sharma", new BigDecimal("5"), null, "Mars/Olympus"), OWNER))
                .expectException(violation("INVALID_TIME_ZONE"))
                .expectNoEvents();
    }

    @Test
    void changeToAnUnknownTimeZoneIsRefused() {
        fixture.given(new StoreOpened(BUSINESS, SHARMA, EARLIER))
                .when(new ChangeStoreSettings(BUSINESS, settings("Sharma", new BigDecimal("5"), null, "IST+5"),
                        OWNER))
                .expectException(violation("INVALID_TIME_ZONE"))
                .expectNoEvents();
    }

    @Test
    void missingTaxRateAndMinimumStockDefaultToZero() {
        StoreSettings bare = new StoreSettings("Sharma", null, null, "₹", null, null, null, true, null, null, "UTC");
        fixture.givenNoPriorActivity()
                .when(new OpenStore(BUSINESS, bare, OWNER))
                .expectEvents(new StoreOpened(BUSINESS, new StoreSettings("Sharma", null, null, "₹", BigDecimal.ZERO,
                        Quantity.ZERO, null, true, null, null, "UTC"), NOW));
    }

    @Test
    void taxRateAboveHundredPercentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenStore(BUSINESS, settings("Sharma", new BigDecimal("100.5"), null, "UTC"), OWNER))
                .expectException(violation("INVALID_TAX_RATE"))
                .expectNoEvents();
    }

    @Test
    void negativeTaxRateIsRefused() {
        fixture.given(new StoreOpened(BUSINESS, SHARMA, EARLIER))
                .when(new ChangeStoreSettings(BUSINESS, settings("Sharma", new BigDecimal("-0.01"), null, "UTC"),
                        OWNER))
                .expectException(violation("INVALID_TAX_RATE"))
                .expectNoEvents();
    }

    @Test
    void negativeApprovalThresholdIsRefused() {
        fixture.given(new StoreOpened(BUSINESS, SHARMA, EARLIER))
                .when(new ChangeStoreSettings(BUSINESS,
                        settings("Sharma", new BigDecimal("5"), Money.of("-1.00"), "UTC"), OWNER))
                .expectException(violation("INVALID_APPROVAL_THRESHOLD"))
                .expectNoEvents();
    }

    @Test
    void negativeMinimumStockDefaultIsRefused() {
        StoreSettings negative = new StoreSettings("Sharma", null, null, "₹", null, Quantity.of(-1), null, false,
                null, null, "UTC");
        fixture.givenNoPriorActivity()
                .when(new OpenStore(BUSINESS, negative, OWNER))
                .expectException(violation("INVALID_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    void storeNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new OpenStore(BUSINESS, settings(" ", new BigDecimal("5"), null, "UTC"), OWNER))
                .expectException(violation("FIELD_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void currencySymbolLongerThanEightCharactersIsRefused() {
        StoreSettings longCurrency = new StoreSettings("Sharma", null, null, "RUPEES!!!", null, null, null, false,
                null, null, "UTC");
        fixture.givenNoPriorActivity()
                .when(new OpenStore(BUSINESS, longCurrency, OWNER))
                .expectException(violation("FIELD_TOO_LONG"))
                .expectNoEvents();
    }

    @Test
    void settingsAreRequired() {
        fixture.givenNoPriorActivity()
                .when(new OpenStore(BUSINESS, null, OWNER))
                .expectException(violation("FIELD_REQUIRED"))
                .expectNoEvents();
    }

    private static StoreSettings settings(String name, BigDecimal taxRate, Money threshold, String timeZone) {
        return new StoreSettings(name, "+91 98765 43210", "4 Station Road", "₹", taxRate, Quantity.of(10), threshold,
                false, "Thank you", "Visit again", timeZone);
    }
}
