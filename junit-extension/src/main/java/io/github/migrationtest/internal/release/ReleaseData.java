package io.github.migrationtest.internal.release;

import io.github.migrationtest.DataChange;
import io.github.migrationtest.internal.data.DataFinding;
import io.github.migrationtest.internal.data.DataFingerprinter;
import io.github.migrationtest.internal.data.DataJudge;
import io.github.migrationtest.internal.data.DatabaseFingerprint;
import io.github.migrationtest.internal.data.TableFingerprint;
import io.github.migrationtest.internal.data.TimeDependentDefaults;
import io.github.migrationtest.internal.engine.WorkingDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The data checks of a release: every table fingerprinted before the release (F0), after its forward run (F1), after
 * its last down script (F0') and after forward again (F1'), judged as a step's round trip (F0 → F0', DATA_RESTORED) and
 * second run (F1 → F1', DATA_REPRODUCED) are. Example rows of the round trip come from a database rebuilt before the
 * release, only when something differs. Forward again is compared without columns whose default depends on the time
 * of the run, and tables whose row count the release changed by content: rows a down script deletes come back under
 * new generated keys.
 */
final class ReleaseData {

    private static final String APPLICATION = "migrationtest-data";

    private final DataFingerprinter fingerprinter = new DataFingerprinter();
    private final WorkingDatabase database;
    private DatabaseFingerprint beforeRelease;
    private DatabaseFingerprint afterForward;
    private DatabaseFingerprint afterForwardByContent;

    ReleaseData(WorkingDatabase database) {
        this.database = database;
    }

    /** F0, before the release's first migration runs. */
    void before() throws SQLException {
        try (Connection c = database.dataSource(APPLICATION).getConnection()) {
            beforeRelease = fingerprinter.take(c, database.ignoredTables());
        }
    }

    /** F1, after the release's forward run. */
    void afterForward() throws SQLException {
        try (Connection c = database.dataSource(APPLICATION).getConnection()) {
            afterForward = fingerprinter.takeComparedWith(c, database.ignoredTables(), beforeRelease);
            afterForwardByContent = fingerprinter.takeByContent(c, database.ignoredTables(), changedRowCounts());
        }
    }

    /** F1 against F1': what the second forward run did otherwise than the first. */
    List<DataChange> notReproduced() throws SQLException {
        try (Connection c = database.dataSource(APPLICATION).getConnection()) {
            Set<String> timeDependent = TimeDependentDefaults.columns(c);
            DatabaseFingerprint again = fingerprinter.takeComparedWith(c, database.ignoredTables(), beforeRelease)
                    .with(fingerprinter.takeByContent(c, database.ignoredTables(), afterForwardByContent.tables().keySet()));
            DatabaseFingerprint first = afterForward.with(afterForwardByContent).without(timeDependent);
            return new DataJudge().again(first, again.without(timeDependent), c, null).stream()
                    .map(f -> change(DataChange.Comparison.AGAIN, f)).toList();
        }
    }

    /** The tables the forward run created or whose row count it changed. */
    private Set<String> changedRowCounts() {
        return afterForward.tables().values().stream()
                .filter(t -> beforeRelease.table(t.name()).map(was -> was.rowCount() != t.rowCount()).orElse(true))
                .map(TableFingerprint::name).collect(Collectors.toSet());
    }

    /** F0 against F0': what the down scripts did not give back, as step findings are worded. */
    List<DataChange> notRestored(Supplier<DataSource> databaseBeforeRelease) throws SQLException {
        try (Connection c = database.dataSource(APPLICATION).getConnection()) {
            DatabaseFingerprint restored = fingerprinter.takeComparedWith(c, database.ignoredTables(), beforeRelease);
            return new DataJudge().roundTrip(beforeRelease, restored, c, databaseBeforeRelease).stream()
                    .map(f -> change(DataChange.Comparison.ROUND_TRIP, f)).toList();
        }
    }

    private static DataChange change(DataChange.Comparison comparison, DataFinding finding) {
        return new DataChange(comparison, DataChange.Kind.valueOf(finding.kind().name()), finding.table(),
                finding.column(), finding.message());
    }
}
