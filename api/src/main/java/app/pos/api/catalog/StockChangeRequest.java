package app.pos.api.catalog;

import app.pos.kernel.stock.MovementType;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** RESTOCK adds a positive quantity; ADJUSTMENT corrects the count either way and says why. */
public record StockChangeRequest(
        @NotNull MovementType type,
        @NotNull @Digits(integer = 11, fraction = 3) BigDecimal quantity,
        @Size(max = 500) @Nullable String reason) {

    @AssertTrue(message = "type must be RESTOCK or ADJUSTMENT")
    boolean isManualType() {
        return type == null || type == MovementType.RESTOCK || type == MovementType.ADJUSTMENT;
    }
}
