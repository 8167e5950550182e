package fr.imt.portal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each stage of a build took (loading, rendering, search indexing, writing), for the
 * benchmark and for editors who wonder why a preview is slow. Measured, never asserted on.
 */
public final class StageClock {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the running stage under {@code name} and starts the next one. */
    public synchronized void lap(String name) {
        long now = System.nanoTime();
        nanos.merge(name, now - mark, Long::sum);
        mark = now;
    }

    /** Adds time measured elsewhere (e.g. summed over threads) to a stage. */
    public synchronized void add(String name, long elapsedNanos) {
        nanos.merge(name, elapsedNanos, Long::sum);
    }

    /** Milliseconds per stage, in the order the stages ran. */
    public synchronized Map<String, Long> millis() {
        Map<String, Long> ms = new LinkedHashMap<>();
        nanos.forEach((k, v) -> ms.put(k, v / 1_000_000));
        return Collections.unmodifiableMap(ms);
    }
}
