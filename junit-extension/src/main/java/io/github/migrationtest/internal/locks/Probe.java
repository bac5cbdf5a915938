package io.github.migrationtest.internal.locks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Tries, again and again, to take the lock an ordinary read (ACCESS SHARE) or write (ROW EXCLUSIVE) takes, each
 * attempt in its own rolled-back transaction with a short lock_timeout, and remembers the longest blocked span:
 * from the start of the first attempt that had to wait to the end of the next attempt that succeeded. The statement
 * that takes the lock depends on the relation's kind ({@link ProbeStatement}): {@code LOCK TABLE} first, which costs
 * no query before the first attempt, and whatever the kind asks for once the server refuses it for that kind.
 */
final class Probe implements Runnable {

    static final String APPLICATION_NAME = "migrationtest-probe";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String UNDEFINED_TABLE = "42P01";
    private static final String QUERY_CANCELED = "57014";
    private static final String WRONG_OBJECT_TYPE = "42809";

    private final DataSource dataSource;
    private final String table;
    private final LockMode mode;
    private final long intervalNanos;
    private final long attemptTimeoutMillis;
    private volatile boolean stopping;
    private volatile Statement current;
    private volatile long longestBlocked;
    private volatile int attempts;
    private volatile boolean tableSeen;
    private volatile RuntimeException failure;
    private long spanStart = -1;
    private Optional<String> statement = Optional.empty();

    Probe(DataSource dataSource, String table, LockMode mode, Duration interval, Duration attemptTimeout) {
        this.dataSource = dataSource;
        this.table = table;
        this.mode = mode;
        this.intervalNanos = interval.toNanos();
        this.attemptTimeoutMillis = Math.max(1, attemptTimeout.toMillis());
    }

    @Override
    public void run() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setClientInfo("ApplicationName", APPLICATION_NAME);
            c.setAutoCommit(false);
            current = s;
            statement = ProbeStatement.of(ProbeStatement.TABLE, table, mode);
            while (!stopping && statement.isPresent()) {
                long start = System.nanoTime();
                attempt(c, s, start);
                LockSupport.parkNanos(start + intervalNanos - System.nanoTime());
            }
        } catch (SQLException | RuntimeException e) {
            if (!stopping) {
                failure = new IllegalStateException("the " + mode.sqlName() + " probe on " + table + " failed: "
                        + e.getMessage(), e);
            }
        } finally {
            closeOpenSpan(System.nanoTime());
        }
    }

    private void attempt(Connection c, Statement s, long start) throws SQLException {
        try {
            s.execute("SET LOCAL lock_timeout = '" + attemptTimeoutMillis + "ms'");
            s.execute(statement.orElseThrow());
            long end = System.nanoTime();
            attempts++;
            tableSeen = true;
            record(end - (spanStart >= 0 ? spanStart : start));
            spanStart = -1;
        } catch (SQLException e) {
            boolean cancelledByStop = stopping && QUERY_CANCELED.equals(e.getSQLState());
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || cancelledByStop) {
                attempts++;
                tableSeen = true;
                spanStart = spanStart >= 0 ? spanStart : start;
            } else if (WRONG_OBJECT_TYPE.equals(e.getSQLState()) && !stopping) {
                c.rollback();
                statement = ProbeStatement.of(c, table, mode);
            } else if (!UNDEFINED_TABLE.equals(e.getSQLState()) && !stopping) {
                throw e;
            }
        } finally {
            c.rollback();
        }
    }

    /** Asks the probe to stop and cancels an attempt that is waiting for its lock right now. */
    void stop() {
        stopping = true;
        Statement s = current;
        if (s != null) {
            try {
                s.cancel();
            } catch (SQLException ignored) {
                // the attempt ends by its own lock_timeout anyway
            }
        }
    }

    private void closeOpenSpan(long now) {
        if (spanStart >= 0) {
            record(now - spanStart);
            spanStart = -1;
        }
    }

    private void record(long blockedNanos) {
        longestBlocked = Math.max(longestBlocked, blockedNanos);
    }

    Duration longestBlocked() {
        return Duration.ofNanos(longestBlocked);
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
