package io.github.migrationtest.internal.locks;

import java.util.Set;

/**
 * One row of one sample: a relation lock of a migrating backend.
 *
 * @param relation  qualified name, or the OID when the relation is not yet visible to other sessions
 * @param waiters   backends queued behind this lock ({@code pg_blocking_pids} of the waiters)
 * @param blockedBy backends this lock waits for, when it is not granted
 */
record LockSample(int pid, String relation, LockMode mode, boolean granted, String query,
                  Set<Integer> waiters, Set<Integer> blockedBy) {

    LockKey key() {
        return new LockKey(relation, mode, granted);
    }

    record LockKey(String relation, LockMode mode, boolean granted) {
    }
}
