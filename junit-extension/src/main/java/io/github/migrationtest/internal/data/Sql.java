package io.github.migrationtest.internal.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/** Small SQL helpers shared by the fingerprint and the example queries. */
final class Sql {

    /** Seconds a catalog or example query may take. */
    static final int SHORT_TIMEOUT_SECONDS = 120;
    /** Seconds one table's fingerprint scan may take; generous because tables may hold hundreds of millions of rows. */
    static final int SCAN_TIMEOUT_SECONDS = 3_600;

    private Sql() {
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static Statement statement(Connection connection, int timeoutSeconds) throws SQLException {
        Statement statement = connection.createStatement();
        statement.setQueryTimeout(timeoutSeconds);
        return statement;
    }

    /** The first column of every row of {@code query}, e.g. {@code schema.table.column} names. */
    static Set<String> strings(Connection connection, String query) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Statement statement = statement(connection, SHORT_TIMEOUT_SECONDS); ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Work against the database. */
    interface Work {
        void run() throws SQLException;
    }

    /**
     * Runs {@code work}; when it fails with a data exception (SQLSTATE class 22, e.g. a failed cast) returns that
     * exception, after rolling back to where it started so that an open transaction stays usable. Other failures
     * are thrown.
     */
    static SQLException dataException(Connection connection, Work work) throws SQLException {
        return failure(connection, work, true);
    }

    /**
     * Runs a small trial query ({@code work}); returns its failure, whatever it is, after rolling back to where it
     * started.
     */
    static SQLException anyException(Connection connection, Work work) throws SQLException {
        return failure(connection, work, false);
    }

    private static SQLException failure(Connection connection, Work work, boolean onlyData) throws SQLException {
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try {
            work.run();
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return null;
        } catch (SQLException e) {
            if (onlyData && (e.getSQLState() == null || !e.getSQLState().startsWith("22"))) {
                throw e;
            }
            if (savepoint != null) {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            }
            return e;
        }
    }
}
