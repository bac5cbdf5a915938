package io.github.migrationtest.internal.workload;

import io.github.migrationtest.ApplicationError;
import io.github.migrationtest.ApplicationPhase;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The calls that ended in one phase: counted, timed, and their failures grouped. Thread-safe. */
final class PhaseRecord {

    /** Latencies kept per phase for the percentiles; later calls are counted but not timed. */
    private static final int MAX_SAMPLES = 200_000;

    private final String name;
    private final long start = System.nanoTime();
    private long end;
    private long calls;
    private long[] latencies = new long[1024];
    private int samples;
    private final Map<FailedCall, long[]> failures = new LinkedHashMap<>();

    PhaseRecord(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** @param failure null when the call succeeded; @param sinceForward nanoseconds since the forward run started */
    synchronized void ended(long latencyNanos, FailedCall failure, long sinceForward) {
        calls++;
        if (samples < MAX_SAMPLES) {
            if (samples == latencies.length) {
                latencies = Arrays.copyOf(latencies, samples * 2);
            }
            latencies[samples++] = latencyNanos;
        }
        if (failure != null) {
            long[] seen = failures.computeIfAbsent(failure, f -> new long[] {0, sinceForward});
            seen[0]++;
        }
    }

    /** The phase ends (the next one starts, or the run stops); only the first call counts. */
    synchronized void end() {
        if (end == 0) {
            end = System.nanoTime();
        }
    }

    synchronized ApplicationPhase report() {
        long[] sorted = Arrays.copyOf(latencies, samples);
        Arrays.sort(sorted);
        List<ApplicationError> errors = failures.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<FailedCall, long[]> e) -> -e.getValue()[0]))
                .map(e -> new ApplicationError(e.getKey().sqlState(), e.getKey().message(), e.getKey().statement(),
                        e.getKey().frame(), e.getValue()[0], Duration.ofNanos(e.getValue()[1])))
                .toList();
        long failed = errors.stream().mapToLong(ApplicationError::count).sum();
        return new ApplicationPhase(name, Duration.ofNanos((end == 0 ? System.nanoTime() : end) - start), calls, failed, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), errors);
    }

    private static Duration percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return Duration.ofNanos(sorted[Math.max(0, Math.min(rank, sorted.length - 1))]);
    }
}
