package app.pos.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PushLagTest {

    @Test
    void eachSubscriberHearingOfARecordedBillCountsWithItsDelay() {
        PushLag lag = new PushLag(2);

        lag.acknowledged("bill-1", 1_000_000, true);
        lag.pushed("bill-1", 4_000_000);
        lag.pushed("bill-1", 6_000_000);

        assertThat(lag.expected()).isEqualTo(2);
        assertThat(lag.delivered()).isEqualTo(2);
        assertThat(lag.lagMicros().getMaxValue()).isBetween(4_990L, 5_010L);
        assertThat(lag.lagMicros().getMinValue()).isBetween(2_990L, 3_010L);
    }

    @Test
    void aPushThatOvertakesTheAcknowledgementCountsAsNoDelay() {
        PushLag lag = new PushLag(1);

        lag.pushed("bill-1", 1_000_000);
        assertThat(lag.unacknowledgedBills()).isEqualTo(1);
        lag.acknowledged("bill-1", 2_000_000, true);

        assertThat(lag.delivered()).isEqualTo(1);
        assertThat(lag.beforeAcknowledgement()).isEqualTo(1);
        assertThat(lag.lagMicros().getMaxValue()).isZero();
        assertThat(lag.unacknowledgedBills()).isZero();
    }

    @Test
    void warmUpBillsAreNeitherExpectedNorRecorded() {
        PushLag lag = new PushLag(1);

        lag.acknowledged("bill-1", 1_000_000, false);
        lag.pushed("bill-1", 2_000_000);

        assertThat(lag.expected()).isZero();
        assertThat(lag.delivered()).isZero();
        assertThat(lag.lagMicros().getTotalCount()).isZero();
    }
}
