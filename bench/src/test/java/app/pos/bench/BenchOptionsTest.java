package app.pos.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    @Test
    void withNoOptionsTheBenchStartsItsOwnEmbeddedServerAndRingsUpCashBills() {
        BenchOptions options = BenchOptions.parse();

        assertThat(options.startsServer()).isTrue();
        assertThat(options.database()).isEqualTo(BenchOptions.Database.EMBEDDED);
        assertThat(options.serverHeap()).isEqualTo("-Xmx512m");
        assertThat(options.terminals()).isEqualTo(32);
        assertThat(options.products()).isEqualTo(200);
        assertThat(options.customers()).isEqualTo(100);
        assertThat(options.mix()).isEqualTo(BenchOptions.Mix.CASH);
        assertThat(options.approvalShare()).isZero();
        assertThat(options.creditPaymentShare()).isZero();
        assertThat(options.readShare()).isEqualTo(0.1);
        assertThat(options.mode()).isEqualTo(BenchOptions.Mode.CLOSED);
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.sseSubscribers()).isEqualTo(1);
        assertThat(options.out().toString()).matches("bench/results/\\d{8}-\\d{6}\\.json");
        assertThat(options.assertNoErrors()).isFalse();
    }

    @Test
    void theMixedMixSendsBillsForApprovalAndTakesUdhaarPaymentsUnlessToldOtherwise() {
        assertThat(BenchOptions.parse("--mix=mixed").approvalShare()).isEqualTo(0.02);
        assertThat(BenchOptions.parse("--mix=mixed").creditPaymentShare()).isEqualTo(0.05);
        assertThat(BenchOptions.parse("--mix=MIXED", "--approval-share=0.1").approvalShare()).isEqualTo(0.1);
    }

    @Test
    void aUrlTargetsARunningServer() {
        BenchOptions options = BenchOptions.parse("--url=http://127.0.0.1:8100", "--admin-email=a@b.c", "--server-pid=42");

        assertThat(options.startsServer()).isFalse();
        assertThat(options.adminEmail()).isEqualTo("a@b.c");
        assertThat(options.adminPassword()).isEqualTo(BenchOptions.DEFAULT_ADMIN_PASSWORD);
        assertThat(options.serverPid()).isEqualTo(42L);
        assertThat(options.effective()).containsEntry("url", "http://127.0.0.1:8100").doesNotContainKey("admin-password");
    }

    @Test
    void durationsReadAsTheyAreWritten() {
        assertThat(BenchOptions.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(BenchOptions.duration("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(BenchOptions.duration("15")).isEqualTo(Duration.ofSeconds(15));
        assertThat(BenchOptions.duration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(BenchOptions.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> BenchOptions.duration("soon")).hasMessageContaining("not a duration");
    }

    @Test
    void theServerHeapMayBeGivenWithOrWithoutItsFlag() {
        assertThat(BenchOptions.parse("--server-heap=1g").serverHeap()).isEqualTo("-Xmx1g");
        assertThat(BenchOptions.parse("--server-heap=-Xmx256m").serverHeap()).isEqualTo("-Xmx256m");
    }

    @Test
    void projectionsToRebuildAfterTheRunAreListedWithCommas() {
        assertThat(BenchOptions.parse().rebuild()).isEmpty();
        assertThat(BenchOptions.parse("--rebuild=sales, audit").rebuild()).containsExactly("sales", "audit");
        assertThat(BenchOptions.parse("--rebuild=sales").effective()).containsEntry("rebuild", List.of("sales"));
        assertThatThrownBy(() -> BenchOptions.parse("--rebuild=,")).hasMessageContaining("at least one name");
    }

    @Test
    void flagsNeedNoValue() {
        BenchOptions options = BenchOptions.parse("--assert-no-errors", "--keep-data");

        assertThat(options.assertNoErrors()).isTrue();
        assertThat(options.keepData()).isTrue();
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> BenchOptions.parse("--terminal=4")).hasMessage("unknown option --terminal");
        assertThatThrownBy(() -> BenchOptions.parse("--terminals")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchOptions.parse("--terminals=0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BenchOptions.parse("--read-share=1.5")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> BenchOptions.parse("--mode=half-open")).hasMessageContaining("[closed, open]");
        assertThatThrownBy(() -> BenchOptions.parse("--mode=open", "--rate=0")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> BenchOptions.parse("terminals=4")).hasMessageContaining("--key=value");
    }
}
