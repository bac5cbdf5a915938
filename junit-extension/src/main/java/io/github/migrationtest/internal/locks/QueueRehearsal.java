package io.github.migrationtest.internal.locks;

import io.github.migrationtest.internal.engine.StepContext;
import io.github.migrationtest.internal.flyway.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * The blocker case of one step, on a copy of the pre-step database: a transaction holds ACCESS SHARE on the blocker
 * table (as a long report or pg_dump would) while the forward script runs; the migration must give up within its
 * lock_timeout instead of queueing. The harness stops waiting one second after the allowed queue wait.
 */
final class QueueRehearsal {

    static final String APPLICATION_NAME = "migrationtest-queue-migrate";

    private QueueRehearsal() {
    }

    /** The failure message, or empty when the migration gave up in time, took no conflicting lock, or the table is absent. */
    static String run(StepContext step, StepTrace trace, String table, LockSettings settings) throws SQLException {
        if (trace.productionRows().keySet().stream().noneMatch(t -> t.equals(table) || t.endsWith("." + table))) {
            return "";
        }
        DataSource copy = step.copyOfDatabase(APPLICATION_NAME);
        Duration cap = settings.policy().maxQueueWait().plusSeconds(1);
        try (Blocker blocker = LockQueueCheck.hold(copy, table)) {
            LockSampler sampler = LockSampler.start(copy, APPLICATION_NAME, settings.sampleInterval());
            BlockingProbes probes = BlockingProbes.start(copy, List.of(table), settings.probeInterval(), APPLICATION_NAME);
            SQLException failure = null;
            LockTimeline timeline;
            ProbeReport report;
            try {
                migrate(copy, trace.statements(), trace.transactional(), cap);
            } catch (SQLException e) {
                failure = e;
            } finally {
                report = probes.stop();
                timeline = sampler.stop();
            }
            QueueVerdict verdict = LockQueueCheck.judge(blocker, timeline, report, failure, settings.policy());
            return verdict.passed() ? "" : LockMessages.queueFailure(table, verdict.message());
        }
    }

    private static void migrate(DataSource copy, List<SqlStatement> statements, boolean transactional, Duration cap)
            throws SQLException {
        try (Connection c = copy.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = '" + cap.toMillis() + "ms'");
            c.setAutoCommit(!transactional);
            for (SqlStatement statement : statements) {
                s.execute(statement.sql());
            }
            if (transactional) {
                c.commit();
            }
        }
    }
}
