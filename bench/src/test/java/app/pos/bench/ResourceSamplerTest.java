package app.pos.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceSamplerTest {

    @Test
    void usedHeapIsTheSumOfTheHeapPools() {
        String prometheus = """
                # HELP jvm_memory_used_bytes The amount of used memory
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{application="pos-server",area="heap",id="G1 Eden Space"} 1.048576E7
                jvm_memory_used_bytes{application="pos-server",area="heap",id="G1 Old Gen"} 2.097152E7
                jvm_memory_used_bytes{application="pos-server",area="nonheap",id="Metaspace"} 9.9E7
                jvm_memory_max_bytes{application="pos-server",area="heap",id="G1 Old Gen"} 5.36870912E8
                """;

        assertThat(ResourceSampler.usedHeap(prometheus)).isEqualTo(31_457_280L);
        assertThat(ResourceSampler.usedHeap("process_uptime_seconds 3.0\n")).isEqualTo(-1);
    }

    @Test
    void residentMemoryComesFromProcStatus() {
        String status = "Name:\tjava\nVmHWM:\t  654321 kB\nVmRSS:\t  612345 kB\nThreads:\t77\n";

        assertThat(ResourceSampler.statusKilobytes(status, "VmRSS")).isEqualTo(612_345);
        assertThat(ResourceSampler.statusKilobytes(status, "VmHWM")).isEqualTo(654_321);
        assertThat(ResourceSampler.statusKilobytes(status, "VmSwap")).isEqualTo(-1);
    }
}
