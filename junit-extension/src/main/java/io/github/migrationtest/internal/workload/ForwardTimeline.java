package io.github.migrationtest.internal.workload;

import io.github.migrationtest.internal.flyway.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The forward script run statement by statement while the application runs, as Flyway runs it (in one transaction
 * unless the script says otherwise; statements PostgreSQL refuses in a transaction in autocommit), with when each
 * statement started, so that an application error can be placed right after the statement that caused it.
 *
 * @param starts   nanoseconds after the start of the run at which each statement started
 * @param failed   the statement that failed, or null
 * @param failure  its error, or null
 * @param time     how long the run took
 */
public record ForwardTimeline(List<SqlStatement> statements, List<Long> starts, SqlStatement failed, SQLException failure,
                              Duration time) {

    static ForwardTimeline run(DataSource database, List<SqlStatement> script, boolean transactional) throws SQLException {
        List<SqlStatement> ran = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        long start = System.nanoTime();
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(!transactional);
            for (SqlStatement statement : script) {
                if (statement.isTransactionControl()) {
                    continue;
                }
                boolean outside = transactional && statement.mustRunOutsideTransaction();
                if (outside) {
                    c.commit();
                    c.setAutoCommit(true);
                }
                ran.add(statement);
                starts.add(System.nanoTime() - start);
                try (Statement s = c.createStatement()) {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    if (!c.getAutoCommit()) {
                        c.rollback();
                    }
                    return new ForwardTimeline(ran, starts, statement, e, Duration.ofNanos(System.nanoTime() - start));
                }
                if (outside) {
                    c.setAutoCommit(false);
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        return new ForwardTimeline(ran, starts, null, null, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The statement that had last started at {@code at} after the start: {@code line 1: ALTER TABLE …}. */
    String statementAt(Duration at) {
        int last = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= at.toNanos()) {
                last = i;
            }
        }
        return statements.isEmpty() ? "the start of the script"
                : "line " + statements.get(last).line() + ": " + statements.get(last).headline();
    }
}
