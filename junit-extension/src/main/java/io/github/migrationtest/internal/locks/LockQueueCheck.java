package io.github.migrationtest.internal.locks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The blocker case: while a long transaction reads a table, a migration that needs a strong lock on it must give up
 * within its own lock_timeout, because everyone else's reads and writes queue behind the waiting migration.
 * Usage: {@code hold} a blocker, run the migration with a {@link LockSampler} and {@link BlockingProbes}, close the
 * blocker, then {@link #judge}.
 */
public final class LockQueueCheck {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private LockQueueCheck() {
    }

    /** Opens a transaction holding ACCESS SHARE on the table (catalog name) until the blocker is closed. */
    public static Blocker hold(DataSource dataSource, String table) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            return new Blocker(c, table);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("could not hold ACCESS SHARE on " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param migrationFailure what the forward step threw, or null when it succeeded
     * @param probes           the probes' report for the table, or null when not probed
     */
    public static QueueVerdict judge(Blocker blocker, LockTimeline timeline, ProbeReport probes,
                                     Throwable migrationFailure, LockPolicy policy) {
        String table = blocker.table();
        Duration waited = timeline.longestWait(table);
        boolean gaveUp = gaveUpOnLock(migrationFailure);
        TableBlocking queued = probes == null ? null : probes.table(table).orElse(null);
        Duration reads = queued == null ? Duration.ZERO : queued.longestBlockedRead();
        Duration writes = queued == null ? Duration.ZERO : queued.longestBlockedWrite();
        if (waited.isZero() && !gaveUp) {
            return new QueueVerdict(true, waited, false, reads, writes, "The migration took no lock on " + table
                    + " that conflicts with a reading transaction.");
        }
        String story = "The migration waited " + waited.toMillis() + " ms behind a transaction holding ACCESS SHARE on "
                + table + " (backend " + blocker.pid() + "); meanwhile reads of " + table + " queued "
                + reads.toMillis() + " ms and writes " + writes.toMillis() + " ms behind it";
        if (gaveUp && waited.compareTo(policy.maxQueueWait()) <= 0) {
            return new QueueVerdict(true, waited, true, reads, writes, story + ", then it gave up (lock_timeout).");
        }
        String expected = "Expecting it to give up within " + policy.maxQueueWait().toMillis() + " ms, but "
                + (gaveUp ? "its lock_timeout fired only after " + waited.toMillis() + " ms."
                        : "it " + (migrationFailure == null ? "waited until the blocker ended." : "failed otherwise: "
                        + migrationFailure.getMessage()));
        return new QueueVerdict(false, waited, gaveUp, reads, writes, story + ".\n" + expected
                + "\n  Start the migration with SET lock_timeout = '" + policy.maxQueueWait().toMillis()
                + "ms'; (or less) and retry the deploy when it gives up.");
    }

    private static boolean gaveUpOnLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the original failure is reported
            }
        }
    }
}
