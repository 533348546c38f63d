package app.pos.command.catalog;

import app.pos.kernel.rules.RuleViolation;
import app.pos.kernel.stock.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StockPolicyTest {

    @Test
    void unitsMayLeaveWhileTheShelfHoldsEnough() {
        assertTrue(StockPolicy.allows(Quantity.of(5), Quantity.of(5), false));
    }

    @Test
    void unitsMayNotLeaveBeyondWhatTheShelfHolds() {
        assertFalse(StockPolicy.allows(Quantity.of(5), Quantity.of(6), false));
    }

    @Test
    void storeAllowingNegativeStockLetsAnyQuantityLeave() {
        assertTrue(StockPolicy.allows(Quantity.of(-3), Quantity.of(6), true));
    }

    @Test
    void insufficientStockNamesEveryShortProduct() {
        StockPolicy.Shortage rice = new StockPolicy.Shortage(UUID.randomUUID(), "Rice", Quantity.of(1),
                Quantity.of(2));
        StockPolicy.Shortage soap = new StockPolicy.Shortage(UUID.randomUUID(), "Soap", Quantity.ZERO,
                Quantity.of(4));

        RuleViolation violation = StockPolicy.insufficient(List.of(rice, soap));

        assertEquals("INSUFFICIENT_STOCK", violation.code());
        assertEquals(RuleViolation.Kind.CONFLICT, violation.kind());
        assertEquals(Map.of("products", List.of(rice, soap)), violation.details());
        assertEquals("Not enough stock: Rice (available 1, requested 2), Soap (available 0, requested 4)",
                violation.getMessage());
    }
}
