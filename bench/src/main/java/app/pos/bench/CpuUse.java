package app.pos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The CPU time the server process, the bench itself and the whole machine spent in the recorded window, read
 * from the operating system as the window starts and as it ends. On a shared machine the server's CPU time per
 * sale is steadier than its throughput, which anything else running takes from.
 */
final class CpuUse {

    /** The kernel's clock ticks per second in /proc/stat (USER_HZ), 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final Long pid;
    private volatile Reading start;
    private volatile Reading end;

    private CpuUse(Long pid) {
        this.pid = pid;
    }

    /** Takes a reading as the window starts and another as it ends. */
    static CpuUse over(RunClock clock, Long pid, ScheduledExecutorService timer) {
        CpuUse use = new CpuUse(pid);
        long now = System.nanoTime();
        timer.schedule(() -> use.start = use.read(), clock.measureStart() - now, TimeUnit.NANOSECONDS);
        timer.schedule(() -> use.end = use.read(), clock.measureEnd() - now, TimeUnit.NANOSECONDS);
        return use;
    }

    Report.Cpu result(double seconds, long sales) {
        Reading from = start;
        Reading to = end;
        if (from == null || to == null || seconds <= 0) {
            return Report.Cpu.NOT_MEASURED;
        }
        Double server = from.server != null && to.server != null && from.serverPid.equals(to.serverPid)
                ? (to.server - from.server) : null;
        Double machine = from.machineBusy != null && to.machineBusy != null ? to.machineBusy - from.machineBusy : null;
        double bench = to.bench - from.bench;
        return new Report.Cpu(server, perSale(server, sales), cores(server, seconds), bench, cores(bench, seconds),
                machine, perSale(machine, sales), cores(machine, seconds));
    }

    private Reading read() {
        Optional<Duration> server = pid == null ? Optional.empty()
                : ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration());
        double bench = ProcessHandle.current().info().totalCpuDuration().map(CpuUse::seconds).orElse(0.0);
        return new Reading(pid, server.map(CpuUse::seconds).orElse(null), bench, machineBusySeconds());
    }

    /**
     * Seconds all cores together spent working, since boot: user, nice, system, irq and softirq time, not
     * idle, disk wait, or time the hypervisor gave to another machine (steal).
     */
    static Double machineBusySeconds() {
        try {
            return busySeconds(Files.readAllLines(Path.of("/proc/stat")).get(0));
        } catch (IOException | RuntimeException notLinux) {
            return null;
        }
    }

    /** The first line of /proc/stat: {@code cpu user nice system idle iowait irq softirq steal ...}. */
    static double busySeconds(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        long busy = 0;
        for (int field : new int[]{1, 2, 3, 6, 7}) {
            busy += Long.parseLong(fields[field]);
        }
        return busy / TICKS_PER_SECOND;
    }

    private static Double perSale(Double cpuSeconds, long sales) {
        return cpuSeconds == null || sales == 0 ? null : Math.round(cpuSeconds * 1e6 / sales) / 1e3;
    }

    private static Double cores(Double cpuSeconds, double seconds) {
        return cpuSeconds == null ? null : Math.round(cpuSeconds * 100 / seconds) / 100.0;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private record Reading(Long serverPid, Double server, double bench, Double machineBusy) {
    }
}
