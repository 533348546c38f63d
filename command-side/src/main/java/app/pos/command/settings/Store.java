package app.pos.command.settings;

import app.pos.command.shared.Rules;
import app.pos.kernel.money.Money;
import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.rules.RuleViolation.Kind;
import app.pos.kernel.settings.ChangeStoreSettings;
import app.pos.kernel.settings.OpenStore;
import app.pos.kernel.settings.RegisterTerminal;
import app.pos.kernel.settings.RetireTerminal;
import app.pos.kernel.settings.StoreOpened;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.settings.StoreSettingsChanged;
import app.pos.kernel.settings.TerminalRegistered;
import app.pos.kernel.settings.TerminalRetired;
import app.pos.kernel.settings.TerminalView;
import app.pos.kernel.stock.Quantity;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One business's store and how it runs. Sales read it through {@link StoreSettingsReader} without locking it.
 */
@Aggregate
public class Store {

    @AggregateIdentifier
    private UUID businessId;
    private StoreSettings settings;
    /** Registered tills by the id they send in X-Terminal-Id; retired ones are dropped. */
    private final Set<String> terminals = new HashSet<>();

    protected Store() {
    }

    /** Lets a business be opened in the same unit of work as its first owner. */
    public Store(OpenStore command, Clock clock) {
        apply(new StoreOpened(command.businessId(), checked(command.settings()), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StoreSettings handle(OpenStore command, Clock clock) {
        if (businessId == null) {
            apply(new StoreOpened(command.businessId(), checked(command.settings()), clock.instant()));
        }
        return settings;
    }

    /** Settings that leave the time zone out keep the store's current one. */
    @CommandHandler
    public StoreSettings handle(ChangeStoreSettings command, Clock clock) {
        StoreSettings wanted = command.settings();
        if (wanted != null && (wanted.timeZone() == null || wanted.timeZone().isBlank())) {
            wanted = new StoreSettings(wanted.storeName(), wanted.contactNumber(), wanted.address(),
                    wanted.currencySymbol(), wanted.taxRate(), wanted.minStockDefault(), wanted.approvalThreshold(),
                    wanted.allowNegativeStock(), wanted.receiptHeader(), wanted.receiptFooter(), settings.timeZone());
        }
        apply(new StoreSettingsChanged(businessId, checked(wanted), command.actor().userId(), clock.instant()));
        return settings;
    }

    @CommandHandler
    public TerminalView handle(RegisterTerminal command, Clock clock) {
        String terminalId = Rules.requireText(command.terminalId(), "terminalId", 100);
        String name = Rules.requireText(command.name(), "name", 100);
        Rules.require(!terminals.contains(terminalId), "TERMINAL_ALREADY_REGISTERED", Kind.CONFLICT,
                "a till is already registered as " + terminalId);
        Instant now = clock.instant();
        apply(new TerminalRegistered(businessId, terminalId, name, now));
        return new TerminalView(terminalId, name, true, now, null);
    }

    @CommandHandler
    public void handle(RetireTerminal command, Clock clock) {
        String terminalId = command.terminalId() == null ? "" : command.terminalId().strip();
        if (!terminals.contains(terminalId)) {
            throw new RuleViolation("TERMINAL_NOT_FOUND", Kind.NOT_FOUND, "no till is registered as " + terminalId);
        }
        apply(new TerminalRetired(businessId, terminalId, clock.instant()));
    }

    public StoreSettings settings() {
        return settings;
    }

    static StoreSettings checked(StoreSettings settings) {
        Rules.require(settings != null, "FIELD_REQUIRED", "settings are required");
        String name = Rules.requireText(settings.storeName(), "storeName", 200);
        String currency = Rules.requireText(settings.currencySymbol(), "currencySymbol", 8);
        BigDecimal taxRate = settings.taxRate() == null ? BigDecimal.ZERO : settings.taxRate();
        Rules.require(taxRate.signum() >= 0 && taxRate.compareTo(BigDecimal.valueOf(100)) <= 0, "INVALID_TAX_RATE",
                "taxRate must be between 0 and 100");
        Quantity minStock = settings.minStockDefault() == null ? Quantity.ZERO : settings.minStockDefault();
        Rules.require(!minStock.isNegative(), "INVALID_QUANTITY", "minStockDefault must be zero or more");
        Money threshold = settings.approvalThreshold();
        Rules.require(threshold == null || !threshold.isNegative(), "INVALID_APPROVAL_THRESHOLD",
                "approvalThreshold must be zero or more");
        return new StoreSettings(name, settings.contactNumber(), settings.address(), currency, taxRate, minStock,
                threshold, settings.allowNegativeStock(), settings.receiptHeader(), settings.receiptFooter(),
                zone(settings.timeZone()));
    }

    private static String zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return "UTC";
        }
        try {
            return ZoneId.of(timeZone.strip()).getId();
        } catch (DateTimeException e) {
            throw new RuleViolation("INVALID_TIME_ZONE", Kind.UNPROCESSABLE,
                    "unknown time zone: " + timeZone);
        }
    }

    @EventSourcingHandler
    void on(StoreOpened event) {
        businessId = event.businessId();
        settings = event.settings();
    }

    @EventSourcingHandler
    void on(StoreSettingsChanged event) {
        settings = event.settings();
    }

    @EventSourcingHandler
    void on(TerminalRegistered event) {
        terminals.add(event.terminalId());
    }

    @EventSourcingHandler
    void on(TerminalRetired event) {
        terminals.remove(event.terminalId());
    }
}
