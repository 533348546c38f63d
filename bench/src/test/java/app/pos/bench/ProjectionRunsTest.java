package app.pos.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionRunsTest {

    @Test
    void aFinishedRebuildIsReportedWithItsEventsSecondsAndRate() {
        Report.Rebuild rebuild = ProjectionRuns.outcome("sales", PosHttp.parse("""
                {"projection":"sales","mode":"REBUILD","phase":"DONE","processed":56640,"total":56640,"eventsPerSecond":9440,
                 "etaSeconds":0,"startedAt":"2026-11-21T14:00:00Z","finishedAt":"2026-11-21T14:00:06Z","error":null}"""));

        assertThat(rebuild).isEqualTo(new Report.Rebuild("sales", "rebuild", "DONE", 56640, 6.0, 9440.0, null, null));
        assertThat(rebuild.done()).isTrue();
    }

    @Test
    void aVerificationReportsTheRowsThatDifferPerTable() {
        Report.Rebuild verified = ProjectionRuns.outcome("products", PosHttp.parse("""
                {"projection":"products","mode":"VERIFY","phase":"DONE","processed":1200,
                 "startedAt":"2026-11-21T14:00:00Z","finishedAt":"2026-11-21T14:00:01Z",
                 "differences":{"product_view":2,"stock_movement_view":0},"error":null}"""));

        assertThat(verified.mode()).isEqualTo("verify");
        assertThat(verified.differences()).containsExactly(java.util.Map.entry("product_view", 2L),
                java.util.Map.entry("stock_movement_view", 0L));
        assertThat(verified.differing()).isEqualTo(2);
    }

    @Test
    void aFailedRebuildKeepsItsReason() {
        Report.Rebuild rebuild = ProjectionRuns.outcome("audit", PosHttp.parse("""
                {"projection":"audit","phase":"FAILED","processed":1000,"startedAt":"2026-11-21T14:00:00Z",
                 "finishedAt":"2026-11-21T14:00:00.500Z","error":"duplicate key"}"""));

        assertThat(rebuild.done()).isFalse();
        assertThat(rebuild.error()).isEqualTo("duplicate key");
        assertThat(rebuild.eventsPerSecond()).isEqualTo(2000.0);
    }

    @Test
    void onlyDoneAndFailedAreTheEnd() {
        assertThat(ProjectionRuns.finished(PosHttp.parse("{\"phase\":\"REPLAYING\"}"))).isFalse();
        assertThat(ProjectionRuns.finished(PosHttp.parse("{\"phase\":\"SWITCHING\"}"))).isFalse();
        assertThat(ProjectionRuns.finished(PosHttp.parse("{\"phase\":\"DONE\"}"))).isTrue();
        assertThat(ProjectionRuns.finished(PosHttp.parse("{}"))).isFalse();
    }
}
