package io.github.migrationtest.internal.locks;

import java.lang.management.ManagementFactory;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Samples {@code pg_locks} of the migrating backends (found by their {@code application_name}) on its own thread
 * and connection, every few milliseconds, until {@link #stop()}.
 */
public final class LockSampler {

    static final String APPLICATION_NAME = "migrationtest-lock-sampler";

    private static final String SAMPLE = """
            SELECT l.pid, coalesce(n.nspname || '.' || c.relname, l.relation::text) AS relation, l.mode, l.granted,
                   a.query,
                   coalesce((SELECT array_agg(w.pid) FROM pg_locks w
                              WHERE w.locktype = 'relation' AND NOT w.granted AND w.relation = l.relation
                                AND l.pid = ANY (pg_blocking_pids(w.pid))), '{}') AS waiters,
                   CASE WHEN l.granted THEN '{}' ELSE pg_blocking_pids(l.pid) END AS blocked_by
              FROM pg_locks l
              JOIN pg_stat_activity a ON a.pid = l.pid
              LEFT JOIN pg_class c ON c.oid = l.relation
              LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE a.application_name = ? AND l.locktype = 'relation'
               AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
               AND coalesce(n.nspname, '') NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
            """;

    private final Thread thread;
    private final TimelineBuilder builder = new TimelineBuilder();
    private final CountDownLatch firstSample = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile RuntimeException failure;
    private volatile int samplesTaken;
    private long startNanos;
    private long startEpochMicros;
    private long stopNanos;
    private long cpuNanos;
    private long queryNanos;

    private LockSampler(DataSource monitor, String applicationName, Duration interval) {
        thread = new Thread(() -> run(monitor, applicationName, interval.toNanos()), "migrationtest-lock-sampler");
        thread.setDaemon(true);
    }

    /** Starts sampling; returns once the sampler's connection is open, so the first sample is not missed. */
    public static LockSampler start(DataSource monitor, String applicationName, Duration interval) {
        LockSampler sampler = new LockSampler(monitor, applicationName, interval);
        sampler.startNanos = System.nanoTime();
        Instant now = Instant.now();
        sampler.startEpochMicros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        sampler.thread.start();
        try {
            sampler.firstSample.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sampler;
    }

    /** Stops sampling and returns what was seen; fails if sampling failed. */
    public LockTimeline stop() {
        stopping = true;
        LockSupport.unpark(thread);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("the lock sampler did not stop within 10 s");
        }
        if (failure != null) {
            throw failure;
        }
        return new LockTimeline(builder.locks(), builder.samples(), Duration.ofNanos(stopNanos - startNanos),
                Duration.ofNanos(cpuNanos), Duration.ofNanos(queryNanos), startEpochMicros);
    }

    /** Samples taken so far; for tests that must wait until the sampler has seen a situation. */
    int samplesTaken() {
        return samplesTaken;
    }

    private void run(DataSource monitor, String applicationName, long intervalNanos) {
        try (Connection c = monitor.getConnection(); PreparedStatement query = c.prepareStatement(SAMPLE)) {
            c.setClientInfo("ApplicationName", APPLICATION_NAME);
            query.setString(1, applicationName);
            query.setQueryTimeout(5);
            while (!stopping) {
                long at = System.nanoTime();
                builder.add(at - startNanos, sample(query));
                queryNanos += System.nanoTime() - at;
                samplesTaken++;
                firstSample.countDown();
                LockSupport.parkNanos(at + intervalNanos - System.nanoTime());
            }
        } catch (SQLException | RuntimeException e) {
            failure = new IllegalStateException("the lock sampler failed: " + e.getMessage(), e);
        } finally {
            firstSample.countDown();
            stopNanos = System.nanoTime();
            cpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }
    }

    private static List<LockSample> sample(PreparedStatement query) throws SQLException {
        List<LockSample> rows = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows.add(new LockSample(rs.getInt("pid"), rs.getString("relation"),
                        LockMode.fromPgLocks(rs.getString("mode")), rs.getBoolean("granted"), rs.getString("query"),
                        pids(rs.getArray("waiters")), pids(rs.getArray("blocked_by"))));
            }
        }
        return rows;
    }

    private static Set<Integer> pids(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        try {
            return Set.copyOf(Arrays.asList((Integer[]) array.getArray()));
        } finally {
            array.free();
        }
    }
}
