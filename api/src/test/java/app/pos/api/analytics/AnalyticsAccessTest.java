package app.pos.api.analytics;

import app.pos.api.support.Api;
import app.pos.api.support.Api.Response;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read the analytics, and what a wrong parameter gets back: a 400 naming it, never a 5xx. */
class AnalyticsAccessTest extends IntegrationTest {

    static final List<String> REPORTS = List.of("revenue", "top-products", "top-customers", "payment-methods",
            "sales-patterns", "customers", "credit-aging", "health-score", "mrr", "forecasts", "reorder-suggestions");

    private TestStore store;
    private Api owner;
    private LocalDate today;

    @BeforeEach
    void openStore() {
        store = stores.open(null);
        owner = Api.as(http, store, Role.OWNER);
        today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void ownersAndManagersReadEveryReportAndCashiersNone() {
        Api manager = Api.as(http, store, Role.MANAGER);
        Api cashier = Api.as(http, store, Role.CASHIER);
        Api viewer = Api.as(http, store, Role.VIEWER);
        for (String report : REPORTS) {
            String uri = "/api/v1/analytics/" + report;
            owner.get(uri).expect(200);
            manager.get(uri).expect(200);
            cashier.get(uri).problem(403, "NOT_ALLOWED");
            viewer.get(uri).problem(403, "NOT_ALLOWED");
            new Api(http, null).get(uri).expect(401);
        }
    }

    @Test
    void everyReportIsInTheOpenApiDocumentWithItsPermissionAndBothFormats() {
        JsonNode paths = Api.parse(owner.get("/v3/api-docs").expect(200).raw()).get("paths");
        for (String report : REPORTS) {
            JsonNode get = paths.path("/api/v1/analytics/" + report).path("get");
            assertThat(get.path("x-permission").asString()).as(report).isEqualTo("ANALYTICS_VIEW");
            assertThat(get.at("/responses/200/content").has("application/json")).as(report).isTrue();
            assertThat(get.at("/responses/200/content").has("text/csv")).as(report).isTrue();
            List<String> parameters = new ArrayList<>();
            get.path("parameters").forEach(parameter -> parameters.add(parameter.path("name").asString()));
            assertThat(parameters).as(report).contains("format");
        }
    }

    @Test
    void aBadPeriodIsA400NamingTheField() {
        String revenue = "/api/v1/analytics/revenue?";
        bad(revenue + "period=year", "INVALID_PARAMETER", "period");
        bad(revenue + "period=custom&to=" + today, "MISSING_PARAMETER", "from");
        bad(revenue + "period=custom&from=" + today, "MISSING_PARAMETER", "to");
        bad(revenue + "from=2026-13-01&to=" + today, "INVALID_PARAMETER", "from");
        bad(revenue + "from=" + today + "&to=" + today.minusDays(1), "INVALID_PERIOD", "from");
        bad(revenue + "from=" + today.minusDays(366) + "&to=" + today, "PERIOD_TOO_LONG", "to");
        bad(revenue + "period=7d&from=" + today, "INVALID_PARAMETER", "period");
        owner.get(revenue + "from=" + today.minusDays(365) + "&to=" + today).expect(200);
    }

    @Test
    void otherBadParametersAre400sNamingTheirField() {
        String analytics = "/api/v1/analytics/";
        bad(analytics + "revenue?interval=week", "INVALID_PARAMETER", "interval");
        bad(analytics + "revenue?interval=hour&from=" + today.minusDays(31) + "&to=" + today, "INVALID_PARAMETER",
                "interval");
        bad(analytics + "revenue?format=xml", "INVALID_PARAMETER", "format");
        bad(analytics + "top-products?by=price", "INVALID_PARAMETER", "by");
        bad(analytics + "top-products?limit=0", "INVALID_PARAMETER", "limit");
        bad(analytics + "top-customers?limit=101", "INVALID_PARAMETER", "limit");
        bad(analytics + "top-customers?limit=many", "MALFORMED_REQUEST", "limit");
        bad(analytics + "mrr?months=1", "INVALID_PARAMETER", "months");
        bad(analytics + "forecasts?horizon=45", "INVALID_PARAMETER", "horizon");
        bad(analytics + "forecasts?productId=not-a-uuid", "MALFORMED_REQUEST", "productId");
        bad(analytics + "reorder-suggestions?leadTimeDays=0", "INVALID_PARAMETER", "leadTimeDays");
        bad(analytics + "reorder-suggestions?coverDays=181", "INVALID_PARAMETER", "coverDays");
        Response csvAsked = owner.send(HttpMethod.GET, analytics + "revenue?period=year", null,
                headers -> headers.set("Accept", "text/csv"));
        csvAsked.problem(400, "INVALID_PARAMETER").hasErrorOn("period");
    }

    @Test
    void anEmptyStoreGetsZerosInEveryBucketNotErrors() {
        Response revenue = owner.get("/api/v1/analytics/revenue").expect(200);

        assertThat(revenue.at("/series").size()).isEqualTo(7);
        revenue.money("/totals/revenue", "0.00").money("/totals/averageBill", "0.00")
                .money("/series/0/revenue", "0.00");
        for (String report : REPORTS) {
            owner.get("/api/v1/analytics/" + report + "?format=csv").expect(200);
        }
    }

    private void bad(String uri, String code, String field) {
        Response response = owner.get(uri);
        assertThat(response.status()).as("%s answered %s", uri, response.raw()).isLessThan(500);
        response.problem(400, code).hasErrorOn(field);
    }
}
