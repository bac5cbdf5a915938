package io.github.migrationtest.internal.data;

import io.github.migrationtest.StatementRun;
import io.github.migrationtest.internal.engine.StepContext;
import io.github.migrationtest.internal.engine.StepObserver;
import io.github.migrationtest.internal.flyway.SqlStatement;
import io.github.migrationtest.internal.locks.StepTrace;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Measures the rows each data-changing statement of the migration touches and its time. Flyway reports neither, so
 * when the script has an INSERT, UPDATE, DELETE or MERGE the figures come from the step's lock trace, which runs the
 * script statement by statement on a copy taken just before the forward run. When there is no trace of that script
 * (no existing table, or the trace failed) the script runs once more on a copy of its own; scripts of
 * DDL alone cost nothing.
 *
 * <p>Must come first among the observers: a copy needs the working database without other connections.
 */
final class StatementRunObserver implements StepObserver {

    @Override
    public Watch before(Phase phase, StepContext step) throws SQLException {
        if (phase == Phase.FORWARD) {
            List<SqlStatement> statements = step.forwardStatements();
            if (statements.stream().anyMatch(StatementEffects::changesData)) {
                StepTrace trace = StepTrace.of(step);
                step.result().attach(new StatementFigures(trace.ranAll(statements) ? fromTrace(trace)
                        : trace.timedOut().isPresent() ? List.of() : measure(step, statements)));
            }
        }
        return Watch.NONE;
    }

    private static List<StatementRun> fromTrace(StepTrace trace) {
        return trace.traced().stream()
                .filter(t -> t.updateCount().isPresent() && StatementEffects.changesData(t.statement()))
                .map(t -> new StatementRun(t.statement().line(), t.statement().headline(), t.updateCount(), t.duration()))
                .toList();
    }

    private static List<StatementRun> measure(StepContext step, List<SqlStatement> statements) throws SQLException {
        int timeoutSeconds = (int) Math.max(1, step.settings().timeouts().statement().toSeconds());
        try (Connection copy = step.copyOfDatabase("migrationtest-statements").getConnection()) {
            copy.setAutoCommit(true);
            List<StatementEffect> effects = new StatementEffects(timeoutSeconds).run(copy, statements);
            return effects.stream().filter(e -> e.rowsAffected().isPresent())
                    .map(e -> new StatementRun(e.line(), e.headline(), e.rowsAffected(), e.duration())).toList();
        } catch (SQLException e) {
            step.log(step.migration().displayName() + ": rows per statement not measured, the script failed on a copy: "
                    + e.getMessage());
            return List.of();
        }
    }
}
