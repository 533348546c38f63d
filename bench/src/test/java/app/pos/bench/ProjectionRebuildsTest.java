package app.pos.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionRebuildsTest {

    @Test
    void aFinishedRebuildIsReportedWithItsEventsSecondsAndRate() {
        Report.Rebuild rebuild = ProjectionRebuilds.outcome("sales", PosHttp.parse("""
                {"projection":"sales","phase":"DONE","processed":56640,"total":56640,"eventsPerSecond":9440,
                 "etaSeconds":0,"startedAt":"2026-11-21T14:00:00Z","finishedAt":"2026-11-21T14:00:06Z","error":null}"""));

        assertThat(rebuild).isEqualTo(new Report.Rebuild("sales", "DONE", 56640, 6.0, 9440.0, null));
        assertThat(rebuild.done()).isTrue();
    }

    @Test
    void aFailedRebuildKeepsItsReason() {
        Report.Rebuild rebuild = ProjectionRebuilds.outcome("audit", PosHttp.parse("""
                {"projection":"audit","phase":"FAILED","processed":1000,"startedAt":"2026-11-21T14:00:00Z",
                 "finishedAt":"2026-11-21T14:00:00.500Z","error":"duplicate key"}"""));

        assertThat(rebuild.done()).isFalse();
        assertThat(rebuild.error()).isEqualTo("duplicate key");
        assertThat(rebuild.eventsPerSecond()).isEqualTo(2000.0);
    }

    @Test
    void onlyDoneAndFailedAreTheEnd() {
        assertThat(ProjectionRebuilds.finished(PosHttp.parse("{\"phase\":\"REPLAYING\"}"))).isFalse();
        assertThat(ProjectionRebuilds.finished(PosHttp.parse("{\"phase\":\"SWITCHING\"}"))).isFalse();
        assertThat(ProjectionRebuilds.finished(PosHttp.parse("{\"phase\":\"DONE\"}"))).isTrue();
        assertThat(ProjectionRebuilds.finished(PosHttp.parse("{}"))).isFalse();
    }
}
