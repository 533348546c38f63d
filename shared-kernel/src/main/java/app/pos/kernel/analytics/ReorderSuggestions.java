package app.pos.kernel.analytics;

import app.pos.kernel.stock.Quantity;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Active products that need ordering within the cover period, most urgent first. The reorder point is the
 * demand expected during the lead time plus safety stock (never below the product's minimum level);
 * {@code orderBy} is the day forecast sales bring stock down to it, {@code stockoutDate} the day they
 * would empty the shelf (null if not within lead time plus cover). The suggested quantity brings stock up
 * to what the lead time and the cover period need, plus safety stock.
 */
public record ReorderSuggestions(LocalDate asOf, String timeZone, int leadTimeDays, int coverDays,
                                 int serviceLevelPercent, List<ReorderSuggestion> items) {

    public enum Urgency {
        /** Stock is already at or below the reorder point: order today. */
        NOW,
        /** The reorder point is reached within the lead time. */
        SOON,
        /** The reorder point is reached later, within the cover period. */
        PLANNED
    }

    public record ReorderSuggestion(UUID productId, String name, String unit, Quantity stock, Quantity minStockLevel,
                                    BigDecimal dailyDemand, BigDecimal leadTimeDemand, BigDecimal safetyStock,
                                    BigDecimal reorderPoint, Quantity suggestedQuantity, LocalDate orderBy,
                                    @Nullable LocalDate stockoutDate, Urgency urgency, String method) {
    }
}
