package fr.imt.portal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each stage of a build took (loading, rendering, search indexing, writing), for the
 * benchmark and for editors who wonder why a preview is slow. Measured, never asserted on.
 */
public final class StageClock {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, Long> cpuNanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();
    private long cpuMark = OS.getProcessCpuTime();

    /** Ends the running stage under {@code name} and starts the next one. */
    public synchronized void lap(String name) {
        long now = System.nanoTime();
        long cpu = OS.getProcessCpuTime();
        nanos.merge(name, now - mark, Long::sum);
        cpuNanos.merge(name, cpu - cpuMark, Long::sum);
        mark = now;
        cpuMark = cpu;
    }

    /** Wall-clock milliseconds per stage, in the order the stages ran. */
    public synchronized Map<String, Long> millis() {
        return toMillis(nanos);
    }

    /** CPU milliseconds of the whole process (all threads) per stage. */
    public synchronized Map<String, Long> cpuMillis() {
        return toMillis(cpuNanos);
    }

    private static Map<String, Long> toMillis(Map<String, Long> nanos) {
        Map<String, Long> ms = new LinkedHashMap<>();
        nanos.forEach((k, v) -> ms.put(k, v / 1_000_000));
        return Collections.unmodifiableMap(ms);
    }
}
