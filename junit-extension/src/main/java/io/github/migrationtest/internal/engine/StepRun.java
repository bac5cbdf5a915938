package io.github.migrationtest.internal.engine;

import static io.github.migrationtest.Verdict.Outcome.FAILED;
import static io.github.migrationtest.Verdict.Outcome.NOT_RUN;
import static io.github.migrationtest.Verdict.Outcome.PASSED;

import io.github.migrationtest.Check;
import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.internal.database.HarnessQueryException;
import io.github.migrationtest.internal.engine.StepObserver.Phase;
import io.github.migrationtest.internal.flyway.FlywayRunner;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.ScriptFailure;
import io.github.migrationtest.internal.flyway.ScriptResource;
import io.github.migrationtest.internal.flyway.UndoRunner;
import io.github.migrationtest.internal.schema.SchemaDiff;
import io.github.migrationtest.internal.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * One migration, forward → back → forward again, on the working database, with schema snapshots around
 * each phase. Leaves the database at the migration's version when every phase ran; {@link #leftClean()}
 * says whether it did.
 */
final class StepRun {

    private final Migration migration;
    private final DataSource database;
    private final FlywayRunner flyway;
    private final UndoRunner undo;
    private final boolean requireUndo;
    private final List<String> undoLocations;
    private final Set<String> ignoredTables;
    private final StepResult result;
    private final List<StepObserver> observers;
    private final StepContext context;
    private final Duration timeout;
    private boolean leftClean;
    private ScriptFailure forwardFailure;

    StepRun(StepContext context, FlywayRunner flyway, List<StepObserver> observers) {
        this.migration = context.migration();
        this.database = context.database(Rehearsal.MIGRATE_APPLICATION);
        this.flyway = flyway;
        this.undo = new UndoRunner(database, flyway.historyTable(), flyway.placeholders());
        this.requireUndo = context.settings().requireUndo();
        this.undoLocations = context.settings().undoLocations();
        this.ignoredTables = context.ignoredTables();
        this.result = context.result();
        this.observers = observers;
        this.context = context;
        this.timeout = context.settings().timeouts().statement();
    }

    StepResult run() throws SQLException {
        try {
            phases();
        } finally {
            for (StepObserver observer : observers) {
                observer.finish(context);
            }
        }
        return result;
    }

    private void phases() throws SQLException {
        SchemaSnapshot before = snapshot();
        ScriptFailure forward = observed(Phase.FORWARD, () -> flyway.migrateTo(migration), d -> result.forwardTime = d);
        if (forward != null) {
            forwardFailure = forward;
            result.failedLines.put("forward", forward.line());
            List<SchemaDifference> leftBehind = SchemaDiff.between(before, snapshot());
            result.add(Check.FORWARD, FAILED, Messages.forwardFailed(migration, forward, leftBehind)
                    + TimeoutHint.of(forward, timeout, context.traceTimedOut().isPresent()));
            notRun(Check.DOWN_SCRIPT, Check.BACK, Check.SCHEMA_RESTORED, Check.AGAIN, Check.SCHEMA_REPRODUCED);
            return;
        }
        result.add(Check.FORWARD, PASSED, "");
        SchemaSnapshot after = snapshot();
        result.schemaChanges = SchemaDiff.between(before, after);
        if (migration.undo().isEmpty()) {
            result.add(Check.DOWN_SCRIPT, requireUndo ? FAILED : NOT_RUN, Messages.noDownScript(migration, requireUndo, undoLocations));
            notRun(Check.BACK, Check.SCHEMA_RESTORED, Check.AGAIN, Check.SCHEMA_REPRODUCED);
            leftClean = true;
            return;
        }
        result.add(Check.DOWN_SCRIPT, PASSED, "");
        if (back(migration.undo().get(), before)) {
            again(after);
        }
    }

    private boolean back(ScriptResource script, SchemaSnapshot before) throws SQLException {
        ScriptFailure failure = observed(Phase.BACK, () -> undo.undo(migration, script, context.backWatch()), d -> result.backTime = d);
        if (failure != null) {
            result.failedLines.put("back", failure.line());
            result.add(Check.BACK, FAILED, Messages.downScriptFailed(migration, failure)
                    + undo.committedBeforeFailure().map(c -> "\n  " + c).orElse("") + TimeoutHint.of(failure, timeout, false));
            notRun(Check.SCHEMA_RESTORED, Check.AGAIN, Check.SCHEMA_REPRODUCED);
            return false;
        }
        result.add(Check.BACK, PASSED, "");
        result.schemaNotRestored = SchemaDiff.between(before, snapshot());
        result.add(Check.SCHEMA_RESTORED, result.schemaNotRestored.isEmpty() ? PASSED : FAILED,
                Messages.schemaNotRestored(migration, result.schemaNotRestored));
        return true;
    }

    private void again(SchemaSnapshot after) throws SQLException {
        ScriptFailure failure = observed(Phase.AGAIN, () -> flyway.migrateTo(migration), d -> result.againTime = d);
        if (failure != null) {
            result.failedLines.put("again", failure.line());
            result.add(Check.AGAIN, FAILED, Messages.againFailed(migration, failure) + TimeoutHint.of(failure, timeout, false));
            notRun(Check.SCHEMA_REPRODUCED);
            return;
        }
        result.add(Check.AGAIN, PASSED, "");
        result.schemaNotReproduced = SchemaDiff.between(after, snapshot());
        result.add(Check.SCHEMA_REPRODUCED, result.schemaNotReproduced.isEmpty() ? PASSED : FAILED,
                Messages.schemaNotReproduced(migration, result.schemaNotReproduced));
        leftClean = result.schemaNotReproduced.isEmpty();
    }

    /** Whether the database ended at the migration's version with nothing unexpected left over. */
    boolean leftClean() {
        return leftClean;
    }

    /** Why the migration's first forward run failed, or null when it did not. */
    ScriptFailure forwardFailure() {
        return forwardFailure;
    }

    private void notRun(Check... checks) {
        for (Check check : checks) {
            result.add(check, NOT_RUN, "");
        }
    }

    private SchemaSnapshot snapshot() throws SQLException {
        try (Connection c = database.getConnection()) {
            return SchemaSnapshot.take(c, ignoredTables);
        } catch (HarnessQueryException e) {
            throw e;
        } catch (SQLException e) {
            throw new HarnessQueryException("the schema snapshot of " + migration.displayName(), null, "", e);
        }
    }

    /** Runs a phase timed, with every observer's watch open around it and told afterwards when it succeeded. */
    private ScriptFailure observed(Phase phase, Script script, Consumer<Duration> time) throws SQLException {
        List<StepObserver.Watch> watches = new ArrayList<>();
        ScriptFailure failure;
        result.postForwardDatabase = null;
        try {
            for (StepObserver observer : observers) {
                watches.add(located(() -> observer.before(phase, context), observer, "before " + phase.text()));
            }
            long start = System.nanoTime();
            try {
                failure = phase == Phase.FORWARD && context.traceTimedOut().isPresent() ? context.traceTimedOut().get() : script.run();
            } finally {
                time.accept(Duration.ofNanos(System.nanoTime() - start));
            }
        } finally {
            for (StepObserver.Watch watch : watches) {
                watch.close();
            }
        }
        if (failure == null && phase != Phase.BACK) {
            result.postForwardDatabase = context.database("migrationtest-assert");
        }
        if (failure == null) {
            for (StepObserver observer : observers) {
                located(() -> {
                    observer.after(phase, context);
                    return null;
                }, observer, "after " + phase.text());
            }
        }
        return failure;
    }

    /** Runs an observer's work; a failed harness query then says where in the step it failed. */
    private static <T> T located(ObserverWork<T> work, StepObserver observer, String where) throws SQLException {
        try {
            return work.run();
        } catch (HarnessQueryException e) {
            throw e.during(where);
        } catch (SQLException e) {
            throw new HarnessQueryException(observer.queries(), null, "", e).during(where);
        }
    }

    @FunctionalInterface
    private interface ObserverWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface Script {
        ScriptFailure run() throws SQLException;
    }
}
