package app.pos.kernel.analytics;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One figure from 0 to 100 for how the business is doing, and what it is made of: the weighted sum of
 * each factor's own 0-100 score. {@code value} is the factor's measurement (null when there is nothing to
 * measure yet, which scores a neutral 50 unless the explanation says otherwise).
 */
public record HealthScore(LocalDate from, LocalDate to, String timeZone, int score, String rating,
                          List<HealthFactor> factors) {

    public record HealthFactor(String name, @Nullable BigDecimal value, String unit, int score, BigDecimal weight,
                               String explanation) {
    }
}
