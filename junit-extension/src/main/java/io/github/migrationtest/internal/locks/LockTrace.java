package io.github.migrationtest.internal.locks;

import io.github.migrationtest.internal.flyway.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Runs a migration's statements one at a time on a clone of the pre-step database and records, right after each
 * statement and before its commit, the relation locks its own backend holds, which relations it rewrote, its
 * duration and the row count the server reported.
 * Statements PostgreSQL cannot run in a transaction (e.g. {@code CREATE INDEX CONCURRENTLY}) run in autocommit,
 * observed by a {@link LockSampler} at 1 ms plus the lock level they are documented to take.
 */
public final class LockTrace {

    private static final Duration OUTSIDE_TRANSACTION_SAMPLING = Duration.ofMillis(1);

    private final Connection connection;
    private final String applicationName;
    private final DataSource clone;
    private final TraceLocks locks;

    private LockTrace(Connection connection, String applicationName, DataSource clone, Map<String, Long> rows) {
        this.connection = connection;
        this.applicationName = applicationName;
        this.clone = clone;
        this.locks = new TraceLocks(rows);
    }

    /**
     * @param clone          a database in the state before the step; it is changed by the trace
     * @param statements     the step's statements in order
     * @param productionRows rows per table in production (by catalog name, with or without schema)
     * @param transactional  whether the real step runs its statements in one transaction
     */
    public static List<TracedStatement> trace(DataSource clone, List<SqlStatement> statements,
                                              Map<String, Long> productionRows, boolean transactional) {
        String applicationName = "migrationtest-trace-" + System.nanoTime();
        try (Connection c = clone.getConnection()) {
            c.setClientInfo("ApplicationName", applicationName);
            LockTrace trace = new LockTrace(c, applicationName, clone, productionRows);
            List<TracedStatement> traced = new ArrayList<>();
            for (SqlStatement statement : statements) {
                if (!statement.isTransactionControl()) {
                    traced.add(trace.run(statement, transactional));
                }
            }
            return IndexColumns.attach(c, traced);
        } catch (SQLException e) {
            throw new IllegalStateException("lock trace could not run: " + e.getMessage(), e);
        }
    }

    private TracedStatement run(SqlStatement statement, boolean transactional) {
        try {
            return statement.mustRunOutsideTransaction()
                    ? runInAutocommit(statement, transactional)
                    : runInTransaction(statement, transactional);
        } catch (SQLException e) {
            rollbackQuietly();
            throw new TracedStatementFailed(statement, e);
        }
    }

    private TracedStatement runInTransaction(SqlStatement statement, boolean transactional) throws SQLException {
        connection.setAutoCommit(false);
        RelationSnapshot before = RelationSnapshot.take(connection);
        long start = System.nanoTime();
        OptionalLong updateCount = execute(statement);
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        var held = OwnLocks.byOid(connection);
        RelationSnapshot after = RelationSnapshot.take(connection);
        connection.commit();
        return new TracedStatement(statement, locks.byOid(held, before, after), before.rewrittenIn(after), duration,
                transactional, Map.of(), updateCount);
    }

    private TracedStatement runInAutocommit(SqlStatement statement, boolean transactional) throws SQLException {
        connection.setAutoCommit(true);
        RelationSnapshot before = RelationSnapshot.take(connection);
        LockSampler sampler = LockSampler.start(clone, applicationName, OUTSIDE_TRANSACTION_SAMPLING);
        long start = System.nanoTime();
        OptionalLong updateCount;
        try {
            updateCount = execute(statement);
        } catch (SQLException e) {
            sampler.stop();
            throw e;
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        LockTimeline timeline = sampler.stop();
        RelationSnapshot after = RelationSnapshot.take(connection);
        List<TracedLock> seen = locks.byName(timeline, KnownLocks.of(statement.sql()), before, after);
        return new TracedStatement(statement, seen, before.rewrittenIn(after), duration, transactional, Map.of(),
                updateCount);
    }

    /** Runs the statement; returns the row count the server reported, empty for statements that return rows. */
    private OptionalLong execute(SqlStatement statement) throws SQLException {
        try (Statement s = connection.createStatement()) {
            boolean returnsRows = s.execute(statement.sql());
            int count = returnsRows ? -1 : s.getUpdateCount();
            return count >= 0 ? OptionalLong.of(count) : OptionalLong.empty();
        }
    }

    private void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }
}
