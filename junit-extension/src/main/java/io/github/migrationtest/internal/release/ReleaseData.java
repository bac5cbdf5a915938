package io.github.migrationtest.internal.release;

import io.github.migrationtest.DataChange;
import io.github.migrationtest.internal.data.DataFinding;
import io.github.migrationtest.internal.data.DataFingerprinter;
import io.github.migrationtest.internal.data.DataJudge;
import io.github.migrationtest.internal.data.DatabaseFingerprint;
import io.github.migrationtest.internal.engine.WorkingDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The data check of a release: every table fingerprinted before the release (F0) and after its last down script
 * (F0'), judged as a step's round trip is (DATA_RESTORED). Example rows come from a database rebuilt before the
 * release, only when something differs.
 */
final class ReleaseData {

    private static final String APPLICATION = "migrationtest-data";

    private final DataFingerprinter fingerprinter = new DataFingerprinter();
    private final WorkingDatabase database;
    private DatabaseFingerprint beforeRelease;

    ReleaseData(WorkingDatabase database) {
        this.database = database;
    }

    /** F0, before the release's first migration runs. */
    void before() throws SQLException {
        try (Connection c = database.dataSource(APPLICATION).getConnection()) {
            beforeRelease = fingerprinter.take(c, database.ignoredTables());
        }
    }

    /** F0 against F0': what the down scripts did not give back, as step findings are worded. */
    List<DataChange> notRestored(Supplier<DataSource> databaseBeforeRelease) throws SQLException {
        try (Connection c = database.dataSource(APPLICATION).getConnection()) {
            DatabaseFingerprint restored = fingerprinter.takeComparedWith(c, database.ignoredTables(), beforeRelease);
            return new DataJudge().roundTrip(beforeRelease, restored, c, databaseBeforeRelease).stream()
                    .map(ReleaseData::change).toList();
        }
    }

    private static DataChange change(DataFinding finding) {
        return new DataChange(DataChange.Comparison.ROUND_TRIP, DataChange.Kind.valueOf(finding.kind().name()), finding.table(),
                finding.column(), finding.message());
    }
}
