package io.github.migrationtest.internal.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who else is in the way of a harness query, read from {@code pg_stat_activity} after it failed: the sessions holding a
 * lock on a table, or connected to a database. Best effort: an empty answer when it cannot be read.
 */
public final class OtherSessions {

    private static final String COLUMNS = "SELECT a.pid, coalesce(nullif(a.application_name, ''), '(no application name)'),"
            + " coalesce(a.state, '?'), coalesce(a.usename::text, '?') FROM pg_stat_activity a";

    private OtherSessions() {
    }

    /** The sessions other than this one that hold a granted lock on {@code table} ({@code schema.table}). */
    public static String holdingLocksOn(Connection connection, String table) {
        return describe(connection, COLUMNS + " WHERE a.pid <> pg_backend_pid() AND a.pid IN (SELECT l.pid FROM pg_locks l"
                + " WHERE l.granted AND l.relation = to_regclass(?))", table);
    }

    /** The sessions other than this one connected to {@code database}. */
    public static String connectedTo(Connection connection, String database) {
        return describe(connection, COLUMNS + " WHERE a.pid <> pg_backend_pid() AND a.datname = ?", database);
    }

    private static String describe(Connection connection, String sql, String parameter) {
        List<String> sessions = new ArrayList<>();
        try {
            if (!connection.getAutoCommit()) {
                return "";
            }
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setQueryTimeout(10);
                s.setString(1, parameter);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sessions.add("pid " + rs.getInt(1) + ": application \"" + rs.getString(2) + "\", user " + rs.getString(4)
                                + ", " + rs.getString(3));
                    }
                }
            }
        } catch (SQLException unreadable) {
            return "";
        }
        return String.join("; ", sessions);
    }
}
