package io.github.migrationtest.internal.locks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Tries, again and again, to take the lock an ordinary read (ACCESS SHARE) or write (ROW EXCLUSIVE) takes, each
 * attempt one round trip that releases the lock at once ({@link ProbeAttempt}), and remembers the longest blocked span: from the
 * server time the first waiting attempt began to wait to the server time the lock was granted, while every attempt in
 * between waited on a lock the migration held or queued. Only lock waits count: an attempt that found its lock free
 * waited zero, however long its round trip took; that round trip is kept apart as {@link #latency()}. The statement that
 * takes the lock depends on the relation's kind ({@link ProbeStatement}): {@code LOCK TABLE} first, which costs no query
 * before the first attempt, and whatever the kind asks for once the server refuses it for that kind.
 */
final class Probe implements Runnable {

    static final String APPLICATION_NAME = "migrationtest-probe";
    private static final String UNDEFINED_TABLE = "42P01";
    private static final String WRONG_OBJECT_TYPE = "42809";

    private final DataSource dataSource;
    private final String table;
    private final LockMode mode;
    private final long intervalNanos;
    private final long attemptTimeoutMillis;
    private final String migrationApplication;
    private final ProbeLatency latency = new ProbeLatency();
    private volatile boolean stopping;
    private volatile long longestBlockedMicros;
    private volatile int attempts;
    private volatile boolean tableSeen;
    private volatile RuntimeException failure;
    private final List<BlockedSpan> spans = new CopyOnWriteArrayList<>();
    private long spanStart = -1;
    private long spanEnd;
    /** Server clock of the latest attempt that saw the migration hold no conflicting lock. */
    private long clearAt;
    private Optional<String> statement;

    Probe(DataSource dataSource, String table, LockMode mode, Duration interval, Duration attemptTimeout,
          String migrationApplication) {
        this.dataSource = dataSource;
        this.table = table;
        this.mode = mode;
        this.intervalNanos = interval.toNanos();
        this.attemptTimeoutMillis = Math.max(1, attemptTimeout.toMillis());
        this.migrationApplication = migrationApplication;
        this.statement = ProbeStatement.of(ProbeStatement.TABLE, table, mode);
    }

    @Override
    public void run() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setClientInfo("ApplicationName", APPLICATION_NAME);
            c.setAutoCommit(true);
            // at least one attempt, even when stopped before this thread first ran: whether the table exists (and is
            // listed among the blocked tables) must not depend on how soon a busy machine schedules the probe
            boolean first = true;
            while ((first || !stopping) && statement.isPresent()) {
                first = false;
                long start = System.nanoTime();
                attempt(c, s, start);
                LockSupport.parkNanos(start + intervalNanos - System.nanoTime());
            }
        } catch (SQLException | RuntimeException e) {
            failure = new IllegalStateException("the " + mode.sqlName() + " probe on " + table + " failed: "
                    + e.getMessage(), e);
        } finally {
            closeSpan();
        }
    }

    /** One attempt on the probe's own connection; an attempt that ends while stopping is not an error. */
    void attempt(Connection c, Statement s, long start) throws SQLException {
        try {
            ProbeAttempt a = ProbeAttempt.run(s, statement.orElseThrow(), table, mode, attemptTimeoutMillis, migrationApplication);
            attempts++;
            tableSeen = true;
            latency.add((System.nanoTime() - start) / 1_000 - a.waitMicros());
            follow(a);
        } catch (SQLException e) {
            if (WRONG_OBJECT_TYPE.equals(e.getSQLState())) {
                // a materialized view or foreign table; when stopping, there is nothing left to learn about it
                statement = stopping ? Optional.empty() : ProbeStatement.of(c, table, mode);
            } else if (!UNDEFINED_TABLE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /**
     * Extends, closes or opens the blocked span; waits behind other sessions than the migration do not count. A span
     * opens where the database says the lock was already held, not where this probe first got to run: at the start of
     * the migration's running statement (when it is idle in its transaction, at this probe's wait), but never before this
     * probe last saw the migration hold no conflicting lock.
     */
    private void follow(ProbeAttempt a) {
        if (!a.waited() || !a.byMigration()) {
            clearAt = Math.max(clearAt, a.startMicros());
            closeSpan();
            return;
        }
        if (spanStart < 0) {
            spanStart = Math.min(a.startMicros(), Math.max(a.heldSince(), clearAt));
        }
        spanEnd = a.endMicros();
        if (a.granted()) {
            closeSpan();
        }
    }

    private void closeSpan() {
        if (spanStart >= 0) {
            longestBlockedMicros = Math.max(longestBlockedMicros, spanEnd - spanStart);
            spans.add(new BlockedSpan(table, mode == LockMode.ROW_EXCLUSIVE, spanStart, spanEnd));
            spanStart = -1;
        }
    }

    /** Asks the probe to stop; an attempt waiting right now ends by its own lock_timeout, its wait counted. */
    void stop() {
        stopping = true;
    }

    Duration longestBlocked() {
        return Duration.ofNanos(longestBlockedMicros * 1_000);
    }

    /** Round-trip times of the attempts without their lock waits: what a busy machine adds, not the migration. */
    ProbeLatency latency() {
        return latency;
    }

    /** Every blocked span, in the order they ended. */
    List<BlockedSpan> spans() {
        return List.copyOf(spans);
    }

    int attempts() {
        return attempts;
    }

    boolean tableSeen() {
        return tableSeen;
    }

    RuntimeException failure() {
        return failure;
    }
}
