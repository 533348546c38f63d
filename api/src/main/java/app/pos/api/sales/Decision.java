package app.pos.api.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An owner's notes on a bill; required when rejecting. */
public record Decision(@NotBlank @Size(max = 1000) String notes) {

    static String notes(Decision decision) {
        return decision == null ? null : decision.notes();
    }
}
