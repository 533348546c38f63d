package app.pos.query.analytics.forecast;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AverageDemandTest {

    @Test
    void tenDaysOfTwoAndFourForecastThreeADayWithTheSpreadOfTheDaysAndOfTheirAverage() {
        List<BigDecimal> history = List.of(2, 4, 2, 4, 2, 4, 2, 4, 2, 4).stream().map(BigDecimal::valueOf).toList();

        DemandModel.Interval interval = AverageDemand.fit(history, 30).interval(30, Confidence.Z_80).rounded(2);

        // s = sqrt(10 / 9) = 1.054093; spread of 30 days = s * sqrt(30 + 900 / 10) = 11.547005; times 1.2816: 14.7986
        assertThat(interval.expected()).isEqualByComparingTo("90.00");
        assertThat(interval.lower()).isEqualByComparingTo("75.20");
        assertThat(interval.upper()).isEqualByComparingTo("104.80");
    }

    @Test
    void oneDayGivesItsUnitsWithoutASpread() {
        DemandModel model = AverageDemand.fit(List.of(new BigDecimal("5")), 7);

        assertThat(model.total(7)).isEqualByComparingTo("35");
        assertThat(model.standardDeviation(7)).isEqualByComparingTo("0");
    }

    @Test
    void theForecasterTakesTheAverageBeforeFourWeeksAndTheWeeklyModelFromThen() {
        List<BigDecimal> threeWeeks = Collections.nCopies(27, BigDecimal.ONE);
        List<BigDecimal> fourWeeks = Collections.nCopies(28, BigDecimal.ONE);

        assertThat(DemandForecaster.forecast(threeWeeks, 7).method())
                .startsWith("average daily units over the 27 days");
        assertThat(DemandForecaster.forecast(fourWeeks, 7).method()).startsWith("Holt-Winters");
        assertThat(DemandForecaster.forecast(List.of(BigDecimal.ZERO, BigDecimal.ZERO), 7).total(7))
                .isEqualByComparingTo("0");
        assertThat(DemandForecaster.forecast(List.of(), 7).method()).startsWith("no history");
    }
}
