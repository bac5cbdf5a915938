package io.github.migrationtest.internal.data;

import io.github.migrationtest.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** A fresh database with a connection kept open for one test. */
final class TestDb implements AutoCloseable {

    static final Set<String> NOTHING_IGNORED = Set.of();

    final DataSource dataSource = TestDatabases.fresh();
    final Connection connection;

    TestDb() throws SQLException {
        connection = dataSource.getConnection();
    }

    void execute(String... sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    DatabaseFingerprint fingerprint() throws SQLException {
        return new DataFingerprinter().take(connection, NOTHING_IGNORED);
    }

    DatabaseFingerprint fingerprint(Map<String, String> compareAs) throws SQLException {
        return new DataFingerprinter().take(connection, NOTHING_IGNORED, compareAs);
    }

    TableFingerprint table(DatabaseFingerprint fingerprint, String name) {
        return fingerprint.table(name).orElseThrow();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
