package app.pos.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

class CpuUseTest {

    @Test
    void busyTimeIsUserNiceSystemAndInterruptsInHundredthsOfASecond() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        assertThat(CpuUse.busySeconds("cpu  1000 20 300 90000 400 5 6 7 100 0")).isEqualTo(13.31);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theMachineIsReadOnLinux() {
        assertThat(CpuUse.machineBusySeconds()).isPositive();
    }
}
