package app.pos.api.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The demo store's sign-ins (POS_DEMO_OWNER_EMAIL, POS_DEMO_OWNER_PASSWORD, and the same for the cashier). */
@ConfigurationProperties("pos.demo")
public record DemoProperties(boolean seed, String ownerEmail, String ownerPassword, String cashierEmail,
                             String cashierPassword) {

    public DemoProperties {
        ownerEmail = ownerEmail == null ? "owner@demo.local" : ownerEmail;
        ownerPassword = ownerPassword == null ? "owner123" : ownerPassword;
        cashierEmail = cashierEmail == null ? "cashier@demo.local" : cashierEmail;
        cashierPassword = cashierPassword == null ? "cashier123" : cashierPassword;
    }
}
