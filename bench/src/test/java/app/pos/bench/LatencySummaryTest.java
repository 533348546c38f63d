package app.pos.bench;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class LatencySummaryTest {

    @Test
    void percentilesOfMicrosecondsComeOutInMilliseconds() {
        Histogram micros = Measurements.histogram();
        for (int millis = 1; millis <= 1000; millis++) {
            micros.recordValue(millis * 1_000L);
        }

        LatencySummary summary = LatencySummary.of(micros);

        assertThat(summary.count()).isEqualTo(1000);
        assertThat(summary.p50()).isCloseTo(500, offset(1.0));
        assertThat(summary.p99()).isCloseTo(990, offset(1.0));
        assertThat(summary.p999()).isCloseTo(999, offset(1.0));
        assertThat(summary.max()).isCloseTo(1000, offset(1.0));
        assertThat(summary.mean()).isCloseTo(500.5, offset(1.0));
    }

    @Test
    void anEmptyHistogramSummarisesToZeros() {
        assertThat(LatencySummary.of(Measurements.histogram())).isEqualTo(new LatencySummary(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void ratesAreRoundedToATenth() {
        assertThat(Report.rate(1000, 3.0)).isEqualTo(333.3);
        assertThat(Report.rate(5, 0)).isZero();
    }
}
