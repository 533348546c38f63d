package app.pos.api.audit;

import app.pos.api.support.Api;
import app.pos.api.support.IntegrationTest;
import app.pos.api.support.TestStores.TestStore;
import app.pos.kernel.credit.PaymentMethod;
import app.pos.kernel.identity.Role;
import app.pos.kernel.money.Money;
import app.pos.kernel.sales.Bill;
import app.pos.kernel.sales.BillLine;
import app.pos.kernel.sales.PaymentStatus;
import app.pos.kernel.sales.SaleCompleted;
import app.pos.kernel.sales.Tender;
import app.pos.kernel.stock.Quantity;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.pos.api.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bill stored the way the first releases stored it (no revision, no tax rate on its lines) is read by
 * today's server: the upcaster fills the rates in on the way, the stored bytes stay untouched.
 */
class LegacyEventTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Serializer serializer;

    @Test
    void aBillStoredWithoutLineTaxReadsWithTheBillsRateOnEveryLine() {
        TestStore store = stores.open(null);
        Api owner = new Api(http, store.token(http, Role.OWNER));
        UUID sale = UUID.randomUUID();
        Instant then = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        byte[] stored = legacyPayload(new SaleCompleted(sale, store.businessId(), bill(then), then));
        jdbc.update("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                            metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES (?, 0, 'Sale', ?, ?, ?, NULL, ?, ?)""",
                sale.toString(), UUID.randomUUID().toString(), metaData(store), stored,
                SaleCompleted.class.getName(), then.toString());

        eventually(() -> {
            Api.Response bill = owner.get("/api/v1/sales/" + sale).expect(200);
            assertThat(bill.text("/billNumber")).isEqualTo("OLD-000007");
            assertThat(bill.json().path("items").valueStream().map(line -> line.path("taxRate").decimalValue()))
                    .hasSize(2).allSatisfy(rate -> assertThat(rate).isEqualByComparingTo("10.00"));
        });
        assertThat(owner.get("/api/v1/sales/" + sale + "/history").expect(200).items().get(0)
                .at("/payload/bill/lines/0/taxRate").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(jdbc.queryForObject("SELECT payload FROM domainevententry WHERE aggregateidentifier = ?",
                byte[].class, sale.toString())).isEqualTo(stored);
    }

    /** Ghee at 12 % and matches at 5 %, recorded as old tills did: 14.00 of tax on 140.00. */
    private static Bill bill(Instant at) {
        return new Bill("OLD-000007", null, List.of(
                new BillLine(UUID.randomUUID(), "Ghee 1l", Quantity.of(1), Money.of("100.00"), Money.ZERO,
                        new BigDecimal("12.00"), Money.of("100.00")),
                new BillLine(UUID.randomUUID(), "Matches", Quantity.of(4), Money.of("10.00"), Money.ZERO,
                        new BigDecimal("5.00"), Money.of("40.00"))),
                Money.of("140.00"), Money.ZERO, Money.of("14.00"), Money.of("154.00"),
                List.of(new Tender(PaymentMethod.CASH, Money.of("154.00"))), Money.of("154.00"), Money.ZERO,
                Money.ZERO, Money.ZERO, PaymentStatus.PAID, null, UUID.randomUUID(), Role.CASHIER, at);
    }

    private byte[] legacyPayload(Object event) {
        ObjectNode payload = (ObjectNode) JSON.readTree(serializer.serialize(event, byte[].class).getData());
        for (JsonNode line : payload.get("bill").get("lines")) {
            ((ObjectNode) line).remove("taxRate");
        }
        return JSON.writeValueAsBytes(payload);
    }

    private byte[] metaData(TestStore store) {
        return serializer.serialize(MetaData.from(Map.of("businessId", store.businessId().toString(),
                "role", "CASHIER")), byte[].class).getData();
    }
}
