package app.pos.query.analytics.forecast;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinearTrendTest {

    private static List<BigDecimal> values(int... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void aStraightLineContinuesExactly() {
        LinearTrend.Prediction next = LinearTrend.predict(values(100, 110, 120, 130), 1);

        assertThat(LinearTrend.slope(values(100, 110, 120, 130))).isEqualByComparingTo("10");
        assertThat(next.expected()).isEqualByComparingTo("140");
        assertThat(next.lower()).isEqualByComparingTo("140");
        assertThat(next.upper()).isEqualByComparingTo("140");
    }

    /**
     * By hand: x = 0..4, mean 2; y mean 120; Sxy = 97, Sxx = 10, slope 9.7, intercept 100.6; residuals
     * -0.6, 1.7, -2, 1.3, -0.4, SSE 9.1, s = sqrt(9.1 / 3) = 1.74165. At x = 5: 149.1, and the margin is
     * t(3) 1.638 * s * sqrt(1 + 1/5 + 9/10) = 4.1342.
     */
    @Test
    void aNoisyLineGetsTheStudentTPredictionInterval() {
        LinearTrend.Prediction next = LinearTrend.predict(values(100, 112, 118, 131, 139), 1);

        assertThat(next.expected().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("149.10");
        assertThat(next.lower().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("144.97");
        assertThat(next.upper().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("153.23");
    }

    @Test
    void twoValuesAreCarriedForwardWithoutAnInterval() {
        LinearTrend.Prediction next = LinearTrend.predict(values(80, 95), 3);

        assertThat(LinearTrend.canFit(2)).isFalse();
        assertThat(next.expected()).isEqualByComparingTo("95");
        assertThat(next.lower()).isEqualByComparingTo("95");
    }
}
