package io.github.migrationtest.internal.locks;

import java.time.Duration;

/**
 * The blocker case judged: did the migration give up within its own lock_timeout instead of queueing?
 *
 * @param waited        longest wait of the migration for a lock on the blocked table (sampled)
 * @param gaveUp        the migration failed with {@code lock_not_available} (its lock_timeout fired)
 * @param readsQueued   longest blocked read of the table meanwhile (probes)
 * @param writesQueued  longest blocked write of the table meanwhile (probes)
 * @param message       what happened, and the fix when it failed
 */
public record QueueVerdict(boolean passed, Duration waited, boolean gaveUp, Duration readsQueued,
                           Duration writesQueued, String message) {
}
