package io.github.migrationtest.internal.locks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An open transaction holding ACCESS SHARE on a table, as a long report or {@code pg_dump} would, until closed.
 * The transaction ends by itself after two minutes idle, so a forgotten blocker cannot hang a build.
 */
public final class Blocker implements AutoCloseable {

    static final String APPLICATION_NAME = "migrationtest-blocker";

    private final Connection connection;
    private final int pid;
    private final String table;

    Blocker(Connection connection, String table) throws SQLException {
        this.connection = connection;
        this.table = table;
        connection.setClientInfo("ApplicationName", APPLICATION_NAME);
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL idle_in_transaction_session_timeout = '2min'");
            s.execute("LOCK TABLE " + Tables.quote(table) + " IN ACCESS SHARE MODE");
            try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                this.pid = rs.getInt(1);
            }
        }
    }

    /** The backend that holds the lock; what the sampler reports as the migration's blocker. */
    public int pid() {
        return pid;
    }

    public String table() {
        return table;
    }

    @Override
    public void close() {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("could not release the blocker on " + table + ": " + e.getMessage(), e);
        }
    }
}
