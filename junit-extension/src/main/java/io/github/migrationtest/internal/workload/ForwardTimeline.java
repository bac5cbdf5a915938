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
 * Scripts run statement by statement while the application runs, as Flyway runs them (each in one transaction unless
 * it says otherwise; statements PostgreSQL refuses in a transaction in autocommit), with when each statement started,
 * so that an application error can be placed right after the statement that caused it: a step's forward script, or a
 * release's forward scripts and then its down scripts.
 *
 * @param scripts  for each statement, the script it belongs to ({@code ""} when there is only one)
 * @param starts   nanoseconds after the start of the run at which each statement started
 * @param failed   the statement that failed, or null
 * @param failure  its error, or null
 * @param time     how long the run took
 */
public record ForwardTimeline(List<SqlStatement> statements, List<String> scripts, List<Long> starts, SqlStatement failed,
                              SQLException failure, Duration time) {

    /**
     * One script of the run.
     *
     * @param name  how messages name it, e.g. {@code down script U9__drop_legacy.sql}; {@code ""} for a step's only script
     * @param phase the application's phase while it runs: {@code forward} or {@code back}
     */
    public record Script(String name, String phase, List<SqlStatement> statements, boolean transactional) {
    }

    /** Told when the next script's phase differs from the last one's, before that script starts. */
    @FunctionalInterface
    interface PhaseChange {
        void start(String phase) throws WorkloadProblem;
    }

    /** Runs the scripts in order until a statement fails. */
    static ForwardTimeline run(DataSource database, List<Script> scripts, PhaseChange phase) throws SQLException, WorkloadProblem {
        List<SqlStatement> ran = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        long start = System.nanoTime();
        String current = null;
        try (Connection c = database.getConnection()) {
            for (Script script : scripts) {
                if (!script.phase().equals(current)) {
                    phase.start(script.phase());
                    if (current == null) {
                        start = System.nanoTime(); // after the application's clock starts: an error is never placed too early
                    }
                    current = script.phase();
                }
                boolean transactional = script.transactional();
                c.setAutoCommit(!transactional);
                for (SqlStatement statement : script.statements()) {
                    if (statement.isTransactionControl()) {
                        continue;
                    }
                    boolean outside = transactional && statement.mustRunOutsideTransaction();
                    if (outside) {
                        c.commit();
                        c.setAutoCommit(true);
                    }
                    ran.add(statement);
                    names.add(script.name());
                    starts.add(System.nanoTime() - start);
                    try (Statement s = c.createStatement()) {
                        s.execute(statement.sql());
                    } catch (SQLException e) {
                        if (!c.getAutoCommit()) {
                            c.rollback();
                        }
                        return new ForwardTimeline(ran, names, starts, statement, e, Duration.ofNanos(System.nanoTime() - start));
                    }
                    if (outside) {
                        c.setAutoCommit(false);
                    }
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
        }
        return new ForwardTimeline(ran, names, starts, null, null, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The statement that had last started at {@code at} after the start: {@code line 1: ALTER TABLE …}. */
    String statementAt(Duration at) {
        int last = last(at);
        return statements.isEmpty() ? "the start of the script" : where(last) + ": " + statements.get(last).headline();
    }

    /** The name of the script whose statement had last started at {@code at}; {@code ""} for a step's only script. */
    String scriptAt(Duration at) {
        return scripts.isEmpty() ? "" : scripts.get(last(at));
    }

    private int last(Duration at) {
        int last = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= at.toNanos()) {
                last = i;
            }
        }
        return last;
    }

    /** Where the failed statement stands: {@code line 1}, or {@code line 1 of down script U9__….sql}. */
    String failedAt() {
        return where(statements.size() - 1);
    }

    private String where(int i) {
        String script = scripts.get(i);
        return "line " + statements.get(i).line() + (script.isEmpty() ? "" : " of " + script);
    }
}
