package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.Arrays;

/** Round-trip times of probe attempts without their lock waits (µs); written by one probe thread, read after it stopped. */
final class ProbeLatency {

    private long[] micros = new long[256];
    private int size;

    void add(long value) {
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
        }
        micros[size++] = Math.max(0, value);
    }

    /** The 99th percentile of the attempts of all these probes together, zero when none ran. */
    static Duration p99(Iterable<ProbeLatency> probes) {
        long[] all = new long[0];
        for (ProbeLatency p : probes) {
            int at = all.length;
            all = Arrays.copyOf(all, at + p.size);
            System.arraycopy(p.micros, 0, all, at, p.size);
        }
        if (all.length == 0) {
            return Duration.ZERO;
        }
        Arrays.sort(all);
        return Duration.ofNanos(all[Math.min(all.length - 1, (int) Math.ceil(all.length * 0.99) - 1)] * 1_000);
    }
}
