package io.github.migrationtest.internal.locks;

import java.time.Duration;
import java.util.Set;

/**
 * A relation lock the sampler saw on a migrating backend, aggregated over all samples.
 * Times are offsets from the sampler's start; a lock seen in a single sample has a hold of zero
 * (it lasted less than one sampling interval).
 *
 * @param granted     true for a held lock, false for a lock the migration waited for
 * @param longestRun  the longest span in which consecutive samples saw it
 * @param statement   the query that was running when that longest span began
 * @param waiters     backends that queued behind it
 * @param blockedBy   backends it waited for (only when not granted)
 */
public record ObservedLock(String relation, LockMode mode, boolean granted, Duration firstSeen, Duration lastSeen,
                           Duration longestRun, String statement, Set<Integer> waiters, Set<Integer> blockedBy) {

    @Override
    public String toString() {
        return (granted ? "held " : "waited for ") + mode.sqlName() + " on " + relation + " for " + longestRun.toMillis()
                + " ms during: " + statement + (waiters.isEmpty() ? "" : " (waiters: " + waiters + ")");
    }
}
