package io.github.migrationtest.internal.release;

import static io.github.migrationtest.Verdict.Outcome.FAILED;
import static io.github.migrationtest.Verdict.Outcome.NOT_RUN;
import static io.github.migrationtest.Verdict.Outcome.PASSED;

import io.github.migrationtest.Check;
import io.github.migrationtest.DataChange;
import io.github.migrationtest.internal.database.HarnessQueryException;
import io.github.migrationtest.internal.engine.WorkingDatabase;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.UndoRunner;
import io.github.migrationtest.internal.schema.SchemaDiff;
import io.github.migrationtest.internal.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One release on its working database at the previous release's version: every migration forward, then every down
 * script in reverse order, then every migration forward again, with schema snapshots around each phase and the data
 * fingerprinted before and after the round trip. It runs without the old application, which runs on a copy
 * ({@code internal.workload.ReleaseApplication}), so that its writes never reach these verdicts.
 */
final class ReleaseRun {

    /** The application name of the connections that run the scripts, as steps name theirs. */
    private static final String MIGRATE = "migrationtest-migrate";

    private final Release release;
    private final WorkingDatabase database;
    private final ReleaseResult result;
    private final ReleaseSettings settings;
    private final Supplier<DataSource> databaseBeforeRelease;
    private final ReleaseData data;

    ReleaseRun(WorkingDatabase database, ReleaseResult result, ReleaseSettings settings, Supplier<DataSource> databaseBeforeRelease) {
        this.release = result.release();
        this.database = database;
        this.result = result;
        this.settings = settings;
        this.databaseBeforeRelease = databaseBeforeRelease;
        this.data = new ReleaseData(database);
    }

    void run() throws SQLException {
        SchemaSnapshot before = snapshot();
        if (settings.dataRestored() || settings.dataReproduced()) {
            data.before();
        }
        if (!forward()) {
            notRun(Check.DOWN_SCRIPT, Check.BACK, Check.SCHEMA_RESTORED, Check.DATA_RESTORED, Check.AGAIN, Check.SCHEMA_REPRODUCED,
                    Check.DATA_REPRODUCED);
            return;
        }
        SchemaSnapshot after = snapshot();
        result.schemaChanges = SchemaDiff.between(before, after);
        if (settings.dataReproduced()) {
            data.afterForward();
        }
        if (!downScripts() || !back(before)) {
            return;
        }
        again(after);
    }

    private boolean forward() throws SQLException {
        Optional<ScriptSequence.Stop> stop = ScriptSequence.run(result, release.migrations(), Check.FORWARD,
                m -> database.flyway().migrateTo(m), (record, time) -> record.forwardTime = time);
        result.add(Check.FORWARD, stop.isEmpty() ? PASSED : FAILED,
                stop.map(s -> ReleaseMessages.forwardFailed(release, s.migration(), s.failure())).orElse(""));
        return stop.isEmpty();
    }

    private boolean downScripts() {
        List<Migration> missing = release.migrations().stream().filter(m -> m.undo().isEmpty()).toList();
        for (Migration m : release.migrations()) {
            result.of(m).add(Check.DOWN_SCRIPT, m.undo().isPresent() ? PASSED : settings.requireUndo() ? FAILED : NOT_RUN,
                    m.undo().isPresent() ? "" : "no " + ReleaseMessages.expected(m));
        }
        if (missing.isEmpty()) {
            result.add(Check.DOWN_SCRIPT, PASSED, "");
            return true;
        }
        result.add(Check.DOWN_SCRIPT, settings.requireUndo() ? FAILED : NOT_RUN,
                ReleaseMessages.noDownScripts(release, missing, settings.requireUndo(), settings.undoLocations()));
        notRun(Check.BACK, Check.SCHEMA_RESTORED, Check.DATA_RESTORED, Check.AGAIN, Check.SCHEMA_REPRODUCED, Check.DATA_REPRODUCED);
        release.migrations().forEach(m -> result.of(m).add(Check.BACK, NOT_RUN, ""));
        release.migrations().forEach(m -> result.of(m).add(Check.AGAIN, NOT_RUN, ""));
        return false;
    }

    /** Every down script, last migration first; then whether schema and data are those before the release. */
    private boolean back(SchemaSnapshot before) throws SQLException {
        UndoRunner undo = database.undo();
        Optional<ScriptSequence.Stop> stop = ScriptSequence.run(result, ReleaseMessages.reversed(release.migrations()), Check.BACK,
                m -> undo.undo(m, m.undo().orElseThrow()), (record, time) -> record.backTime = time);
        if (stop.isPresent()) {
            result.add(Check.BACK, FAILED, ReleaseMessages.downScriptFailed(release, stop.get().migration(), stop.get().failure(),
                    stop.get().ranBefore(), undo.committedBeforeFailure()));
            notRun(Check.SCHEMA_RESTORED, Check.DATA_RESTORED, Check.AGAIN, Check.SCHEMA_REPRODUCED, Check.DATA_REPRODUCED);
            release.migrations().forEach(m -> result.of(m).add(Check.AGAIN, NOT_RUN, ""));
            return false;
        }
        result.add(Check.BACK, PASSED, "");
        result.schemaNotRestored = SchemaDiff.between(before, snapshot());
        result.add(Check.SCHEMA_RESTORED, result.schemaNotRestored.isEmpty() ? PASSED : FAILED,
                ReleaseMessages.schemaNotRestored(release, result.schemaNotRestored));
        dataRestored();
        return true;
    }

    private void dataRestored() throws SQLException {
        if (!settings.dataRestored()) {
            result.add(Check.DATA_RESTORED, NOT_RUN, ReleaseSettings.SKIPPED);
            return;
        }
        result.dataChanges = data.notRestored(databaseBeforeRelease);
        List<DataChange> losses = result.dataChanges.stream().filter(DataChange::isLoss).toList();
        DeclaredReleaseLoss declared = DeclaredReleaseLoss.of(release, result.schemaChanges);
        List<DataChange> left = declared.notExcused(losses);
        result.add(Check.DATA_RESTORED, left.isEmpty() ? PASSED : FAILED,
                left.isEmpty() ? declared.accepted(release, losses) : ReleaseMessages.dataChanges(release, left));
    }

    private void again(SchemaSnapshot after) throws SQLException {
        Optional<ScriptSequence.Stop> stop = ScriptSequence.run(result, release.migrations(), Check.AGAIN,
                m -> database.flyway().migrateTo(m), (record, time) -> record.againTime = time);
        if (stop.isPresent()) {
            result.add(Check.AGAIN, FAILED, ReleaseMessages.againFailed(release, stop.get().migration(), stop.get().failure()));
            notRun(Check.SCHEMA_REPRODUCED, Check.DATA_REPRODUCED);
            return;
        }
        result.add(Check.AGAIN, PASSED, "");
        result.schemaNotReproduced = SchemaDiff.between(after, snapshot());
        result.add(Check.SCHEMA_REPRODUCED, result.schemaNotReproduced.isEmpty() ? PASSED : FAILED,
                ReleaseMessages.schemaNotReproduced(release, result.schemaNotReproduced));
        dataReproduced();
    }

    private void dataReproduced() throws SQLException {
        if (!settings.dataReproduced()) {
            result.add(Check.DATA_REPRODUCED, NOT_RUN, ReleaseSettings.SKIPPED);
            return;
        }
        List<DataChange> changes = data.notReproduced();
        List<DataChange> all = new ArrayList<>(result.dataChanges);
        all.addAll(changes);
        result.dataChanges = List.copyOf(all);
        List<DataChange> losses = changes.stream().filter(DataChange::isLoss).toList();
        result.add(Check.DATA_REPRODUCED, losses.isEmpty() ? PASSED : FAILED, ReleaseMessages.dataChanges(release, losses));
    }

    private void notRun(Check... checks) {
        for (Check check : checks) {
            result.add(check, NOT_RUN, "");
        }
    }

    private SchemaSnapshot snapshot() throws SQLException {
        try (Connection c = database.dataSource(MIGRATE).getConnection()) {
            return SchemaSnapshot.take(c, database.ignoredTables());
        } catch (HarnessQueryException e) {
            throw e;
        } catch (SQLException e) {
            throw new HarnessQueryException("the schema snapshot of " + release.displayName(), null, "", e);
        }
    }
}
