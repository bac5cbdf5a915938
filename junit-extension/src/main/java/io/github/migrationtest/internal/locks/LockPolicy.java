package io.github.migrationtest.internal.locks;

import io.github.migrationtest.MigrationTestConfiguration;
import io.github.migrationtest.internal.Durations;
import java.time.Duration;
import java.util.Objects;

/**
 * Thresholds of the lock checks; immutable, every {@code withX} returns a new policy.
 *
 * @param infoBelowRows               tables with fewer production rows get INFO findings
 * @param errorFromRows               tables with at least this many production rows get ERROR findings
 * @param maxBlocked                  longest tolerated blocked read or write of an existing table
 * @param missingLockTimeoutSeverity  severity of {@code missing-lock-timeout}
 * @param maxQueueWait                longest tolerated wait of a migration queued behind a blocker
 */
public record LockPolicy(long infoBelowRows, long errorFromRows, Duration maxBlocked,
                         Severity missingLockTimeoutSeverity, Duration maxQueueWait) {

    /** Default {@value} rows: smaller tables only get INFO findings. */
    public static final long DEFAULT_INFO_BELOW_ROWS = 10_000;
    /** Default rows from which tables get ERROR findings, which fail the step ({@code migrationtest.locks.error-from-rows}). */
    public static final long DEFAULT_ERROR_FROM_ROWS = Long.parseLong(MigrationTestConfiguration.LOCKS_ERROR_FROM_ROWS_DEFAULT);
    /** Default longest blocking: a step that blocked reads or writes of an existing table longer fails. */
    public static final Duration DEFAULT_MAX_BLOCKED = Durations.ofDefault(MigrationTestConfiguration.LOCKS_MAX_BLOCKED_DEFAULT);
    /** Default wait a migration may spend behind a blocker before it must give up. */
    public static final Duration DEFAULT_MAX_QUEUE_WAIT = Durations.ofDefault(MigrationTestConfiguration.LOCKS_MAX_QUEUE_WAIT_DEFAULT);

    public static final LockPolicy DEFAULTS = new LockPolicy(DEFAULT_INFO_BELOW_ROWS, DEFAULT_ERROR_FROM_ROWS,
            DEFAULT_MAX_BLOCKED, Severity.WARNING, DEFAULT_MAX_QUEUE_WAIT);

    public LockPolicy {
        if (infoBelowRows < 0 || errorFromRows < infoBelowRows) {
            throw new IllegalArgumentException("need 0 <= infoBelowRows <= errorFromRows, got "
                    + infoBelowRows + " and " + errorFromRows);
        }
        Objects.requireNonNull(maxBlocked, "maxBlocked");
        Objects.requireNonNull(missingLockTimeoutSeverity, "missingLockTimeoutSeverity");
        Objects.requireNonNull(maxQueueWait, "maxQueueWait");
    }

    public LockPolicy withSizeThresholds(long infoBelow, long errorFrom) {
        return new LockPolicy(infoBelow, errorFrom, maxBlocked, missingLockTimeoutSeverity, maxQueueWait);
    }

    public LockPolicy withMaxBlocked(Duration max) {
        return new LockPolicy(infoBelowRows, errorFromRows, max, missingLockTimeoutSeverity, maxQueueWait);
    }

    public LockPolicy withMissingLockTimeoutSeverity(Severity severity) {
        return new LockPolicy(infoBelowRows, errorFromRows, maxBlocked, severity, maxQueueWait);
    }

    public LockPolicy withMaxQueueWait(Duration max) {
        return new LockPolicy(infoBelowRows, errorFromRows, maxBlocked, missingLockTimeoutSeverity, max);
    }

    /** The severity of a finding on a table with this many production rows; unknown (-1) is a WARNING. */
    Severity severityFor(long rows) {
        if (rows < 0) {
            return Severity.WARNING;
        }
        if (rows >= errorFromRows) {
            return Severity.ERROR;
        }
        return rows < infoBelowRows ? Severity.INFO : Severity.WARNING;
    }
}
