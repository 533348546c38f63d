package app.pos.query.analytics;

import app.pos.kernel.analytics.FetchReorderSuggestions;
import app.pos.kernel.analytics.ReorderSuggestions;
import app.pos.kernel.analytics.ReorderSuggestions.Urgency;
import app.pos.kernel.stock.Quantity;
import app.pos.query.analytics.DemandHistory.Product;
import app.pos.query.analytics.DemandHistory.Series;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReorderSuggestionTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-21");

    private static Series steady(String stock, String minimum, int unitsPerDay, int days) {
        Product product = new Product(UUID.randomUUID(), "Milk", "pcs", Quantity.of(new BigDecimal(stock)),
                Quantity.of(new BigDecimal(minimum)), TODAY.minusDays(days));
        List<BigDecimal> units = new ArrayList<>(Collections.nCopies(days, BigDecimal.valueOf(unitsPerDay)));
        return new Series(product, TODAY.minusDays(days), units);
    }

    private static FetchReorderSuggestions lead(int leadTimeDays, int coverDays) {
        return new FetchReorderSuggestions(UUID.randomUUID(), TODAY, "Asia/Kolkata", leadTimeDays, coverDays);
    }

    /**
     * Ten a day, every day, for eight weeks: no spread, so no safety stock. The reorder point is 7 days of
     * demand, 70; from 150 stock falls to 70 on the morning of day 8, the order day. It must then cover
     * 7 + 14 days, 210 units, on top of the 70 left: 140 to buy. The shelf would empty on day 14.
     */
    @Test
    void steadyDemandOrdersWhenStockFallsToTheLeadTimesDemand() {
        ReorderSuggestions.ReorderSuggestion item = DemandQueries.suggestion(steady("150", "5", 10, 56), lead(7, 14));

        assertThat(item.reorderPoint()).isEqualByComparingTo("70");
        assertThat(item.safetyStock()).isEqualByComparingTo("0");
        assertThat(item.orderBy()).isEqualTo(TODAY.plusDays(8));
        assertThat(item.suggestedQuantity()).isEqualTo(Quantity.of(140));
        assertThat(item.stockoutDate()).isEqualTo(TODAY.plusDays(14));
        assertThat(item.urgency()).isEqualTo(Urgency.PLANNED);
        assertThat(item.dailyDemand()).isEqualByComparingTo("10");
    }

    @Test
    void stockAlreadyBelowTheReorderPointIsOrderedToday() {
        ReorderSuggestions.ReorderSuggestion item = DemandQueries.suggestion(steady("40", "5", 10, 56), lead(7, 14));

        assertThat(item.urgency()).isEqualTo(Urgency.NOW);
        assertThat(item.orderBy()).isEqualTo(TODAY);
        assertThat(item.suggestedQuantity()).isEqualTo(Quantity.of(210 - 40));
        assertThat(item.stockoutDate()).isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void aProductNobodyBuysIsToppedUpToItsMinimumOnlyWhenBelowIt() {
        assertThat(DemandQueries.suggestion(steady("3", "10", 0, 56), lead(7, 14)).suggestedQuantity())
                .isEqualTo(Quantity.of(7));
        assertThat(DemandQueries.suggestion(steady("10", "10", 0, 56), lead(7, 14))).isNull();
    }

    @Test
    void enoughStockForLeadTimeAndCoverNeedsNothing() {
        assertThat(DemandQueries.suggestion(steady("500", "5", 10, 56), lead(7, 14))).isNull();
    }
}
