package io.github.migrationtest.testing;

import io.github.migrationtest.internal.database.Connections;
import io.github.migrationtest.internal.database.Servers;
import io.github.migrationtest.internal.database.SessionTimeouts;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Each call to {@link #fresh()} gets a new, empty database on the same embedded server the harness itself uses in
 * this JVM, so the tests of the internal packages cost no second server start.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final SessionTimeouts TIMEOUTS =
            new SessionTimeouts(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(2), Duration.ofSeconds(10));
    private static Connections connections;

    private TestDatabases() {
    }

    public static synchronized DataSource fresh() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = connections().open(connections().server().maintenanceDatabase(), "test-admin");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return dataSource(name);
    }

    /** Runs each statement (or script of several) on {@code db}, one minute at most each. */
    public static void execute(DataSource db, String... statements) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(60);
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    public static DataSource dataSource(String database) {
        return connections().dataSource(database, "test");
    }

    private static synchronized Connections connections() {
        if (connections == null) {
            connections = new Connections(Servers.get(Servers.EMBEDDED, false, "", line -> { }), TIMEOUTS);
        }
        return connections;
    }
}
