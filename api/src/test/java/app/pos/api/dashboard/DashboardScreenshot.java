package app.pos.api.dashboard;

import app.pos.api.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.OutputType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes the README's picture of the web dashboard (docs/dashboard.png): rings a morning's bills into a
 * freshly seeded demo store (unless it has bills already), then signs in as its owner in headless Chromium
 * and takes the screenshot.
 * Not part of the suite; run it against a server started on an empty data directory (the README's
 * "Web dashboard" section has the commands). Running it again rings nothing more.
 */
@EnabledIfSystemProperty(named = "pos.screenshot.url", matches = "https?://.+")
class DashboardScreenshot {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base = System.getProperty("pos.screenshot.url");
    private final Path file = Path.of(System.getProperty("pos.screenshot.file", "../docs/dashboard.png"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void takeTheReadmesScreenshot() throws Exception {
        HeadlessChromium.assumeInstalled();
        String cashier = token("cashier@demo.local", "cashier123");
        String owner = token("owner@demo.local", "owner123");
        Map<String, String> products = new HashMap<>();
        get("/api/v1/products?limit=100", owner).get("items")
                .forEach(product -> products.put(product.get("sku").asString(), product.get("id").asString()));
        String amit = get("/api/v1/customers?search=Amit", owner).get("items").get(0).get("id").asString();
        if (get("/api/v1/sales?limit=1", owner).get("page").get("total").asLong() == 0) {
            ringAMorningsBills(cashier, owner, products, amit);
        }

        try (HeadlessChromium browser = HeadlessChromium.start(1280, 1200)) {
            browser.driver.get(base + "/dashboard");
            browser.byTestId("email").sendKeys("owner@demo.local");
            browser.byTestId("password").sendKeys("owner123");
            browser.byTestId("sign-in-submit").click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(page ->
                    "live".equals(browser.byTestId("connection-state").getDomAttribute("data-state"))
                            && browser.byTestId("sales-ticker").getText().contains("BILL-"));
            boolean waiting = get("/api/v1/sales/pending-approval", owner).get("page").get("total").asLong() > 0;
            if (!waiting) {
                // while the owner watches: a bill over the store's approval threshold (5,000) arrives
                sell(cashier, """
                        {"items":[{"productId":"%s","quantity":20},{"productId":"%s","quantity":15},
                                  {"productId":"%s","quantity":100}],
                         "paymentMethod":"CASH","amountPaid":6000}"""
                        .formatted(products.get("RICE-KG"), products.get("SURF-1KG"), products.get("PARLEG-100")));
            }
            browser.waitUpTo(Duration.ofSeconds(10)).until(page ->
                    browser.byTestId("approvals").getText().contains("BILL-"));
            browser.waitUpTo(Duration.ofSeconds(10)).until(page -> waiting
                    || browser.byTestId("live-notices").getText().contains("waiting for approval"));
            Thread.sleep(1000); // the chart's short animation
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, browser.driver.getScreenshotAs(OutputType.BYTES));
        }
    }

    private void ringAMorningsBills(String cashier, String owner, Map<String, String> products, String amit)
            throws IOException, InterruptedException {
        sell(cashier, """
                {"items":[{"productId":"%s","quantity":2},{"productId":"%s","quantity":5,"discount":2}],
                 "paymentMethod":"CASH","amountPaid":100}""".formatted(products.get("SALT-1KG"), products.get("PARLEG-100")));
        sell(cashier, """
                {"customerId":"%s","items":[{"productId":"%s","quantity":10}],
                 "payments":[{"method":"UPI","amount":100},{"method":"CREDIT","amount":131}]}"""
                .formatted(amit, products.get("SALT-1KG")));
        sell(cashier, """
                {"items":[{"productId":"%s","quantity":3},{"productId":"%s","quantity":2.5},{"productId":"%s","quantity":1}],
                 "paymentMethod":"CARD","amountPaid":828.45}"""
                .formatted(products.get("OIL-1L"), products.get("RICE-KG"), products.get("EGGS-DZ")));
        sell(owner, """
                {"items":[{"productId":"%s","quantity":2},{"productId":"%s","quantity":4}],
                 "payments":[{"method":"UPI","amount":436.20}]}"""
                .formatted(products.get("SURF-1KG"), products.get("MILK-500")));
    }

    private String token(String email, String password) throws IOException, InterruptedException {
        return post("/api/v1/auth/login", null, "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password))
                .get("accessToken").asString();
    }

    private void sell(String token, String bill) throws IOException, InterruptedException {
        post("/api/v1/sales", token, bill);
    }

    private JsonNode get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET());
    }

    private JsonNode post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
