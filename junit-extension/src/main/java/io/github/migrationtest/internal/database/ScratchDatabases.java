package io.github.migrationtest.internal.database;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Creates, clones and drops the databases the harness works in ({@code migrationtest_<random>}, each marked
 * with a comment naming its JVM). It drops only databases it created itself, and those of dead JVMs of this host
 * ({@link LeftScratchDatabases}), so it is safe on a shared server.
 */
public final class ScratchDatabases implements AutoCloseable {

    public static final String PREFIX = "migrationtest_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connections connections;
    private final List<String> created = new ArrayList<>();

    public ScratchDatabases(Connections connections) {
        this.connections = connections;
    }

    /** A new empty database. */
    public synchronized String create() throws SQLException {
        return create("");
    }

    /** A new database that is a file copy of the template (no one may be connected to the template). */
    public synchronized String cloneOf(String template) throws SQLException {
        try {
            return create(" TEMPLATE " + template + " STRATEGY FILE_COPY");
        } catch (SQLException e) {
            throw new HarnessQueryException("the copy of database " + template, null, "55006".equals(e.getSQLState())
                    ? sessionsOn(template) : "", e);
        }
    }

    private String sessionsOn(String database) {
        try (Connection c = connections.open(connections.server().maintenanceDatabase(), "migrationtest-admin")) {
            return OtherSessions.connectedTo(c, database);
        } catch (SQLException unreachable) {
            return "";
        }
    }

    private String create(String clause) throws SQLException {
        LeftScratchDatabases.dropOnce(connections);
        String name = PREFIX + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        maintenance("CREATE DATABASE " + name + clause,
                "COMMENT ON DATABASE " + name + " IS '" + ScratchOwner.SELF.comment(Instant.now()).replace("'", "''") + "'");
        created.add(name);
        return name;
    }

    /** Drops a database this instance created; any other name is refused. */
    public synchronized void drop(String name) throws SQLException {
        if (!created.remove(name)) {
            throw new IllegalArgumentException("refusing to drop " + name + ": MigrationTest did not create it");
        }
        try {
            maintenance("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new HarnessQueryException("dropping database " + name, null, "", e);
        }
    }

    /**
     * Writes every changed page to disk now. A FILE_COPY clone forces a checkpoint, so without this the first clone
     * of a freshly seeded template pays for flushing all of its data. Skipped where the role may not checkpoint.
     */
    public void checkpoint() {
        try {
            maintenance("CHECKPOINT");
        } catch (SQLException insufficientPrivilege) {
            // an existing server may refuse (PostgreSQL 15+ needs pg_checkpoint); the first clone then flushes instead
        }
    }

    public synchronized List<String> created() {
        return List.copyOf(created);
    }

    private void maintenance(String... sql) throws SQLException {
        try (Connection c = connections.open(connections.server().maintenanceDatabase(), "migrationtest-admin");
             Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        SQLException first = null;
        for (String name : List.copyOf(created)) {
            try {
                drop(name);
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
