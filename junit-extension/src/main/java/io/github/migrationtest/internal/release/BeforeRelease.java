package io.github.migrationtest.internal.release;

import io.github.migrationtest.internal.engine.Rehearsal;
import io.github.migrationtest.internal.engine.WorkingDatabase;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The database as it was before a release, rebuilt only when the data judge asks for example rows of a difference,
 * and dropped when closed.
 */
final class BeforeRelease implements Supplier<DataSource>, AutoCloseable {

    private final Rehearsal rehearsal;
    private final Release release;
    private WorkingDatabase rebuilt;

    BeforeRelease(Rehearsal rehearsal, Release release) {
        this.rehearsal = rehearsal;
        this.release = release;
    }

    @Override
    public DataSource get() {
        if (rebuilt == null) {
            try {
                rebuilt = rehearsal.databaseBefore(release.first());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot rebuild the database before " + release.displayName()
                        + " to show example rows: " + e.getMessage(), e);
            }
        }
        return rebuilt.dataSource("migrationtest-data");
    }

    @Override
    public void close() throws SQLException {
        if (rebuilt != null) {
            rebuilt.close();
        }
    }
}
