package io.github.migrationtest.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Empties {@code search_path} while the catalog is read, so that every definition names its tables, types and
 * functions with their schema, whatever the caller's search path; restores it on close.
 */
final class QualifiedNames implements AutoCloseable {

    private static final int TIMEOUT_SECONDS = 10;

    private final Connection connection;
    private final String previous;

    private QualifiedNames(Connection connection, String previous) {
        this.connection = connection;
        this.previous = previous;
    }

    static QualifiedNames everywhere(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet row = statement.executeQuery("SELECT current_setting('search_path')")) {
                row.next();
                String previous = row.getString(1);
                statement.execute("SET search_path = ''");
                return new QualifiedNames(connection, previous);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.setString(1, previous);
            statement.execute();
        }
    }
}
