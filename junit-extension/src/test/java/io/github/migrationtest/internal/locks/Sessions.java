package io.github.migrationtest.internal.locks;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/** Connections that play the migration or an application session in tests. */
final class Sessions {

    static final String MIGRATE = "migrationtest-migrate";

    private Sessions() {
    }

    /**
     * Another session ({@code holder}) runs {@code lock} (a LOCK TABLE, a REFRESH …) and keeps its transaction open for
     * {@code seconds}, slept in the server; returns how long it held what it took, as measured around the sleep.
     */
    static Duration hold(DataSource db, String lock, double seconds) throws SQLException {
        try (Connection holder = open(db, "holder"); Statement s = holder.createStatement()) {
            s.execute(lock);
            long start = System.nanoTime();
            s.execute("SELECT pg_sleep(" + seconds + ")");
            holder.commit();
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }

    /** A connection with the given application_name, autocommit off. */
    static Connection open(DataSource db, String applicationName) throws SQLException {
        Connection c = db.getConnection();
        c.setClientInfo("ApplicationName", applicationName);
        c.setAutoCommit(false);
        return c;
    }

    static int pid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Waits until some backend with this application_name waits for a lock. */
    static void awaitLockWait(DataSource db, String applicationName) {
        awaitLockWaits(db, applicationName, 1);
    }

    /** Waits until {@code backends} backends with this application_name wait for a lock at the same time. */
    static void awaitLockWaits(DataSource db, String applicationName, int backends) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                .until(() -> count(db, applicationName, "wait_event_type = 'Lock'") >= backends);
    }

    /** Waits until the sampler has taken {@code more} samples after this call. */
    static void awaitSamples(LockSampler sampler, int more) {
        int target = sampler.samplesTaken() + more;
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(2))
                .until(() -> sampler.samplesTaken() >= target);
    }

    /** How many backends with this application_name match the condition on pg_stat_activity. */
    static int count(DataSource db, String applicationName, String condition) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND " + condition)) {
            s.setString(1, applicationName);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
