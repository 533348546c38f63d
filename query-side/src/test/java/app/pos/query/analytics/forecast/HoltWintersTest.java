package app.pos.query.analytics.forecast;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HoltWintersTest {

    /** Ten units on weekdays, twenty on the two weekend days, as day position 5 and 6 of each week. */
    private static double weekly(int day) {
        return day % 7 >= 5 ? 20 : 10;
    }

    private static List<BigDecimal> series(int days, IntToDoubleFunction demand) {
        List<BigDecimal> units = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            units.add(BigDecimal.valueOf(demand.applyAsDouble(day)));
        }
        return units;
    }

    @Test
    void aPerfectlyWeeklySeriesIsForecastExactlyWithNoSpread() {
        DemandModel model = HoltWinters.fit(series(56, HoltWintersTest::weekly), 30);

        for (int j = 0; j < 30; j++) {
            assertThat(model.daily().get(j).doubleValue()).as("day %d ahead", j + 1)
                    .isCloseTo(weekly(56 + j), within(1e-6));
        }
        // 30 days from the first weekday position: 4 full weeks of 90 and two weekdays of 10
        assertThat(model.total(30).doubleValue()).isCloseTo(380, within(1e-4));
        assertThat(model.standardDeviation(30).doubleValue()).isCloseTo(0, within(1e-6));
    }

    @Test
    void aSteadyTrendCarriesOnDamped() {
        DemandModel model = HoltWinters.fit(series(84, day -> 30 + 0.5 * day + weekly(day)), 7);

        for (int j = 0; j < 7; j++) {
            double truth = 30 + 0.5 * (84 + j) + weekly(84 + j);
            // a damped trend grows a little slower than the straight line it learned
            assertThat(model.daily().get(j).doubleValue()).as("day %d ahead", j + 1)
                    .isLessThanOrEqualTo(truth + 0.5).isGreaterThan(truth - 3);
        }
    }

    @Test
    void forecastsNeverGoBelowZero() {
        DemandModel model = HoltWinters.fit(series(35, day -> Math.max(0, 40 - 1.2 * day)), 60);

        assertThat(model.daily()).allSatisfy(units -> assertThat(units.signum()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void uncertaintyGrowsWithTheHorizon() {
        Random noise = new Random(7);
        DemandModel model = HoltWinters.fit(series(91, day -> weekly(day) + noise.nextGaussian() * 2), 90);

        assertThat(model.standardDeviation(1)).isPositive();
        assertThat(model.standardDeviation(30)).isGreaterThan(model.standardDeviation(1));
        assertThat(model.standardDeviation(60)).isGreaterThan(model.standardDeviation(30));
        assertThat(model.standardDeviation(90)).isGreaterThan(model.standardDeviation(60));
    }

    /**
     * The stated 80 % should mean about 80 %: over many simulated shops whose demand is a weekly pattern
     * plus noise, the interval for the next week's total holds the week that actually follows about that
     * often (the model allows for a wandering level, so it errs on the wide side).
     */
    @Test
    void theEightyPercentIntervalHoldsTheOutcomeAboutThatOften() {
        Random noise = new Random(42);
        int trials = 300;
        int held = 0;
        for (int trial = 0; trial < trials; trial++) {
            double[] days = new double[91 + 7];
            for (int day = 0; day < days.length; day++) {
                days[day] = 40 + 2 * weekly(day) + noise.nextGaussian() * 4;
            }
            DemandModel model = HoltWinters.fit(series(91, day -> days[day]), 7);
            DemandModel.Interval interval = model.interval(7, Confidence.Z_80);
            double actual = 0;
            for (int day = 91; day < 98; day++) {
                actual += days[day];
            }
            if (interval.lower().doubleValue() <= actual && actual <= interval.upper().doubleValue()) {
                held++;
            }
        }
        assertThat(held / (double) trials).isBetween(0.72, 0.97);
    }
}
