package io.github.migrationtest.internal.data;

import static io.github.migrationtest.testing.TestDatabases.execute;

import io.github.migrationtest.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A database going through a migration step, plus a second database kept in the state before the step, playing
 * the clone the harness rebuilds on the failure path.
 */
final class MigrationStepDb implements AutoCloseable {

    final TestDb db = new TestDb();
    private final DataSource before = TestDatabases.fresh();
    private final DataJudge judge = new DataJudge();
    final DatabaseFingerprint f0;

    MigrationStepDb(String... setup) throws SQLException {
        db.execute(setup);
        execute(before, setup);
        f0 = db.fingerprint();
    }

    /** Runs the statements; fingerprints with the given "compare as" casts; judges against the state before. */
    List<DataFinding> forward(Map<String, String> compareAs, String... migration) throws SQLException {
        db.execute(migration);
        return judge.forward(f0, db.fingerprint(compareAs), db.connection, beforeState());
    }

    List<DataFinding> forward(String... migration) throws SQLException {
        return forward(Map.of(), migration);
    }

    List<DataFinding> forwardWithoutBeforeState(String... migration) throws SQLException {
        db.execute(migration);
        return judge.forward(f0, db.fingerprint(), db.connection, null);
    }

    Supplier<DataSource> beforeState() {
        return () -> before;
    }

    static List<String> messages(List<DataFinding> findings) {
        return findings.stream().map(DataFinding::message).toList();
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
