package app.pos.api.demo;

import app.pos.kernel.catalog.CreateProduct;
import app.pos.kernel.catalog.ProductDetails;
import app.pos.kernel.catalog.ProductStatus;
import app.pos.kernel.catalog.Unit;
import app.pos.kernel.customers.CustomerDetails;
import app.pos.kernel.customers.RegisterCustomer;
import app.pos.kernel.identity.Actor;
import app.pos.kernel.identity.RegisterUser;
import app.pos.kernel.identity.Role;
import app.pos.kernel.money.Money;
import app.pos.kernel.settings.OpenStore;
import app.pos.kernel.settings.StoreSettings;
import app.pos.kernel.stock.Quantity;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * A kirana store to try the server with: an owner, a cashier, a shelf of products and two customers.
 * Every id is derived from a fixed name, so seeding again on the next start changes nothing.
 * Switched off with {@code POS_DEMO_SEED=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "pos.demo.seed", matchIfMissing = true)
public class DemoStore implements ApplicationRunner {

    public static final UUID BUSINESS_ID = id("business");
    private static final Logger log = LoggerFactory.getLogger(DemoStore.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final DemoProperties properties;
    private final Clock clock;

    public DemoStore(CommandGateway commands, PasswordEncoder passwords, DemoProperties properties, Clock clock) {
        this.commands = commands;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID ownerId = id("owner");
        Actor owner = new Actor(ownerId, Role.OWNER);
        send(new OpenStore(BUSINESS_ID, new StoreSettings("Demo Kirana Store", "+91 98765 43210",
                "12 MG Road, Bengaluru", "₹", new BigDecimal("5.00"), Quantity.of(10), Money.of("5000.00"), false,
                "Thank you for shopping with us", "Goods once sold can be returned within 7 days with the bill",
                ZONE.getId()), owner));
        send(new RegisterUser(ownerId, BUSINESS_ID, properties.ownerEmail(), "Ramesh Gupta (Owner)",
                Role.OWNER, passwords.encode(properties.ownerPassword()), null, null));
        send(new RegisterUser(id("cashier"), BUSINESS_ID, properties.cashierEmail(),
                "Sunita Rao (Cashier)", Role.CASHIER, passwords.encode(properties.cashierPassword()), null, null));
        LocalDate today = clock.instant().atZone(ZONE).toLocalDate();
        product("salt", "Tata Salt 1kg", "SALT-1KG", "8901058000016", "Grocery", Unit.PCS, "22.00", "18.00", null, 50, 10, null, owner);
        product("milk", "Amul Taaza Milk 500ml", "MILK-500", "8901262010016", "Dairy", Unit.PCS, "28.00", "25.00", null, 30, 10, today.plusDays(3), owner);
        product("biscuit", "Parle-G Biscuits 100g", "PARLEG-100", "8901719100017", "Snacks", Unit.PCS, "10.00", "8.50", null, 120, 24, null, owner);
        product("oil", "Fortune Sunflower Oil 1L", "OIL-1L", "8906007280014", "Grocery", Unit.PCS, "160.00", "142.00", null, 8, 10, null, owner);
        product("rice", "Basmati Rice (loose)", "RICE-KG", null, "Grocery", Unit.KG, "90.00", "76.00", null, 25, 5, null, owner);
        product("eggs", "Farm Eggs", "EGGS-DZ", null, "Dairy", Unit.DOZEN, "84.00", "70.00", null, 15, 4, today.plusDays(10), owner);
        product("detergent", "Surf Excel 1kg", "SURF-1KG", "8901030865015", "Household", Unit.PCS, "135.00", "118.00", new BigDecimal("18.00"), 20, 5, null, owner);
        customer("amit", "Amit Patel", "+91 98450 11111", "amit@example.com", "5000.00", owner);
        customer("priya", "Priya Sharma", "+91 98860 22222", null, "2000.00", owner);
        log.info("Demo store ready: sign in as {} or {}", properties.ownerEmail(), properties.cashierEmail());
    }

    private void product(String key, String name, String sku, String barcode, String category, Unit unit,
                         String price, String cost, BigDecimal taxRate, long stock, long minStock, LocalDate expiry,
                         Actor owner) {
        send(new CreateProduct(id("product/" + key), BUSINESS_ID, new ProductDetails(name, sku,
                barcode, category, unit, Money.of(price), Money.of(cost), taxRate, Quantity.of(minStock), expiry),
                ProductStatus.ACTIVE, Quantity.of(stock), owner));
    }

    private void customer(String key, String name, String phone, String email, String limit, Actor owner) {
        send(new RegisterCustomer(id("customer/" + key), BUSINESS_ID,
                new CustomerDetails(name, phone, email, null, Money.of(limit)), owner));
    }

    /** Seeded as the owner, from a terminal named for the seeding, so the audit trail says where it came from. */
    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                "userId", id("owner").toString(), "role", Role.OWNER.name(), "businessId", BUSINESS_ID.toString(),
                "terminalId", "demo-seed")));
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("demo-store/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
