package app.pos.api.dashboard;

import app.pos.api.support.Api;
import app.pos.api.support.HeadlessChromium;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static app.pos.api.support.Api.cashBill;
import static app.pos.api.support.Api.dec;
import static app.pos.api.support.Api.line;
import static app.pos.api.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The web dashboard in headless Chromium against the whole server: sign in, then watch it follow the shop. */
class WebDashboardTest extends IntegrationTest {

    private static final Duration LIVE = Duration.ofSeconds(2);
    private static final Duration SETTLE = Duration.ofSeconds(10);

    @LocalServerPort
    private int port;

    @BeforeEach
    void needsChromium() {
        HeadlessChromium.assumeInstalled();
    }

    @Test
    void aSaleRungAtATillShowsOnTheOpenDashboardWithinTwoSeconds() {
        TestStore store = stores.open("500.00");
        Api owner = Api.as(http, store, Role.OWNER);
        Api cashier = Api.as(http, store, Role.CASHIER);
        UUID pen = owner.createProduct(map("name", "Gel pen", "unit", "pcs", "price", dec("10.00"),
                "stockQuantity", 10, "minStockLevel", 5));
        UUID tv = owner.createProduct("Television", "1000.00", 5);
        owner.awaitStock(pen, "10");
        owner.awaitStock(tv, "5");

        try (HeadlessChromium browser = HeadlessChromium.start(1280, 1000)) {
            signIn(browser, store.emails().get(Role.OWNER), TestStores.PASSWORD);
            WebElement amount = browser.byTestId("today-sales-amount");
            browser.waitUpTo(SETTLE).until(page -> "0.00".equals(amount.getDomAttribute("data-value")));
            browser.waitUpTo(SETTLE).until(page -> "live".equals(state(browser)));
            assertThat(amount.getText()).isEqualTo("₹0.00");
            assertThat(browser.byTestId("alerts-low-stock").getText()).doesNotContain("Gel pen");

            long rung = System.nanoTime();
            owner.sell(cashBill(line(pen, 6))).expect(201).money("/totalAmount", "63.00");
            browser.waitUpTo(LIVE).until(page -> "63.00".equals(amount.getDomAttribute("data-value")));
            System.out.printf("The dashboard showed the sale %d ms after the till's answer%n",
                    (System.nanoTime() - rung) / 1_000_000);
            assertThat(amount.getText()).isEqualTo("₹63.00");
            assertThat(browser.byTestId("today-bills").getText()).isEqualTo("1");
            assertThat(browser.byTestId("today-cash-sales").getText()).isEqualTo("1");

            // 6 of 10 sold leaves 4, under the minimum of 5
            browser.waitUpTo(LIVE).until(page -> browser.byTestId("alerts-low-stock").getText().contains("Gel pen"));
            assertThat(browser.byTestId("inventory-low-stock").getText()).isEqualTo("1");

            // the revenue chart is drawn, and today's bar follows the pushed figures
            WebElement canvas = browser.byTestId("revenue-chart");
            assertThat(canvas.getSize().getWidth()).isPositive();
            assertThat(canvas.getSize().getHeight()).isPositive();
            browser.waitUpTo(LIVE).until(page -> Long.valueOf(63).equals(browser.driver.executeScript(
                    "const chart = window.Chart && Chart.getChart(arguments[0]);"
                            + "return chart ? chart.data.datasets[0].data.at(-1) : null;", canvas)));

            // the bill reached the ticker as a push on the sales stream (only pushed bills are marked fresh)
            browser.waitUpTo(SETTLE).until(page -> browser.byTestId("sales-ticker")
                    .findElements(By.cssSelector(".fresh")).stream().anyMatch(item -> item.getText().contains("BILL-")));

            // a cashier's big bill waits for the owner, who approves it from the page
            String pending = cashier.sell(cashBill(line(tv, 1))).expect(202).text("/billNumber");
            browser.waitUpTo(LIVE).until(page -> browser.byTestId("approvals").getText().contains(pending));
            assertThat(browser.byTestId("live-notices").getText()).contains(pending + " for ₹1,050.00 is waiting");
            WebElement approval = browser.byTestId("approvals").findElement(By.cssSelector("[data-testid=approval]"));
            approval.findElement(By.cssSelector("[data-action=approve]")).click();
            browser.waitUpTo(SETTLE).until(page -> "1113.00".equals(amount.getDomAttribute("data-value")));
            browser.waitUpTo(LIVE).until(page -> !browser.byTestId("approvals").getText().contains(pending));
            browser.waitUpTo(SETTLE).until(page -> browser.byTestId("sales-ticker").getText().contains(pending));

            assertThat(policyViolations(browser)).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsExplainedAndSigningOutReturnsToTheForm() {
        TestStore store = stores.open(null);
        store.token(http, Role.MANAGER);
        String manager = store.emails().get(Role.MANAGER);

        try (HeadlessChromium browser = HeadlessChromium.start(800, 900)) {
            signIn(browser, manager, "not-the-" + TestStores.PASSWORD);
            browser.waitUpTo(SETTLE).until(page -> !browser.byTestId("sign-in-error").getText().isBlank());
            assertThat(browser.byTestId("dashboard").isDisplayed()).isFalse();

            browser.byTestId("password").clear();
            browser.byTestId("password").sendKeys(TestStores.PASSWORD);
            browser.byTestId("sign-in-submit").click();
            browser.waitUpTo(SETTLE).until(page -> "live".equals(state(browser)));
            assertThat(browser.byTestId("user-name").getText()).contains("Manager");
            // managers see the figures but approve nothing
            assertThat(browser.byTestId("approvals-panel").isDisplayed()).isFalse();

            browser.byTestId("sign-out").click();
            browser.waitUpTo(SETTLE).until(page -> browser.byTestId("sign-in").isDisplayed());
            assertThat(browser.byTestId("dashboard").isDisplayed()).isFalse();
            assertThat(state(browser)).isEqualTo("closed");
            assertThat(browser.byTestId("today-sales-amount").getDomProperty("textContent")).isEqualTo("–");
        }
    }

    private void signIn(HeadlessChromium browser, String email, String password) {
        browser.driver.get("http://localhost:" + port + "/dashboard");
        browser.byTestId("email").sendKeys(email);
        browser.byTestId("password").sendKeys(password);
        browser.byTestId("sign-in-submit").click();
    }

    private static String state(HeadlessChromium browser) {
        return browser.byTestId("connection-state").getDomAttribute("data-state");
    }

    private static List<String> policyViolations(HeadlessChromium browser) {
        return browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }
}
