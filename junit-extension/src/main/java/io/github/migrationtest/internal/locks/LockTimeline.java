package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the {@link LockSampler} saw during one migration step.
 *
 * @param locks      one entry per relation, mode and granted/waiting
 * @param samples    how many samples were taken
 * @param wall       how long the sampler ran
 * @param samplerCpu CPU time the sampler thread used (client side)
 * @param queryTime  total round-trip time of the sample queries (an upper bound of the server's work)
 * @param startEpochMicros the client's clock (epoch µs) when sampling started: the zero of {@link ObservedLock}'s
 *                   offsets, which the report lines up with the probes' server-clock spans (one clock on one machine)
 */
public record LockTimeline(List<ObservedLock> locks, int samples, Duration wall, Duration samplerCpu,
                           Duration queryTime, long startEpochMicros) {

    public LockTimeline {
        locks = List.copyOf(locks);
    }

    public LockTimeline(List<ObservedLock> locks, int samples, Duration wall, Duration samplerCpu, Duration queryTime) {
        this(locks, samples, wall, samplerCpu, queryTime, 0);
    }

    /** Share of one core the sampler thread used, in percent. */
    public double samplerCpuPercent() {
        return wall.isZero() ? 0 : 100.0 * samplerCpu.toNanos() / wall.toNanos();
    }

    /** Share of the wall time the server spent answering sample queries, in percent. */
    public double queryBusyPercent() {
        return wall.isZero() ? 0 : 100.0 * queryTime.toNanos() / wall.toNanos();
    }

    public Optional<ObservedLock> held(String relation, LockMode mode) {
        return find(relation, mode, true);
    }

    public Optional<ObservedLock> waited(String relation, LockMode mode) {
        return find(relation, mode, false);
    }

    /** The longest wait of the migration for any lock on the relation, zero if it never waited. */
    public Duration longestWait(String relation) {
        return locks.stream()
                .filter(l -> !l.granted() && Tables.sameTable(l.relation(), relation))
                .map(ObservedLock::longestRun)
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    private Optional<ObservedLock> find(String relation, LockMode mode, boolean granted) {
        return locks.stream()
                .filter(l -> l.granted() == granted && l.mode() == mode && Tables.sameTable(l.relation(), relation))
                .findFirst();
    }
}
