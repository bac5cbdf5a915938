package io.github.migrationtest.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Empties {@code search_path} while the catalog is read, so that every definition names its tables, types and
 * functions with their schema, whatever the caller's search path; restores the caller's path afterwards.
 */
final class QualifiedNames {

    private static final int TIMEOUT_SECONDS = 10;

    @FunctionalInterface
    interface CatalogWork<T> {
        T run() throws SQLException;
    }

    private QualifiedNames() {
    }

    static <T> T whileReading(Connection connection, CatalogWork<T> work) throws SQLException {
        String previous;
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet row = statement.executeQuery("SELECT current_setting('search_path')")) {
                row.next();
                previous = row.getString(1);
            }
            statement.execute("SET search_path = ''");
        }
        try {
            return work.run();
        } finally {
            restore(connection, previous);
        }
    }

    private static void restore(Connection connection, String searchPath) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.setString(1, searchPath);
            statement.execute();
        }
    }
}
