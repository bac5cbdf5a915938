package io.github.migrationtest.internal.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An embedded cluster in a seed-cache directory and its template database. On a hit the template is complete and
 * read-only (no one may connect to it; rehearsals work in clones); on a miss the caller seeds it and calls
 * {@link #complete(long)}.
 */
public final class CachedCluster {

    static final String TEMPLATE = "seed_template";

    private final Path directory;
    private final CachedServer server;
    private SeedCacheMarker marker;

    CachedCluster(Path directory, CachedServer server, SeedCacheMarker marker) {
        this.directory = directory;
        this.server = server;
        this.marker = marker;
    }

    /** Whether the template is already seeded. */
    public synchronized boolean hit() {
        return marker != null;
    }

    public String template() {
        return TEMPLATE;
    }

    public Path directory() {
        return directory;
    }

    CachedServer server() {
        return server;
    }

    public Connections connections(SessionTimeouts timeouts) {
        return new Connections(server, timeouts);
    }

    public synchronized String hitLine() {
        return String.format(Locale.ROOT, "Seed cache hit: %s (seeded %s, %,d rows) — skipped seeding", directory, marker.seededAt(), marker.rows());
    }

    /** Creates the empty template database that the caller migrates and seeds. */
    public void createTemplate() throws SQLException {
        admin("CREATE DATABASE " + TEMPLATE);
    }

    /** Seals the seeded template: no more connections, CHECKPOINT, clean stop, marker, start again. */
    public synchronized void complete(long rows) throws SQLException, IOException {
        admin("ALTER DATABASE " + TEMPLATE + " WITH ALLOW_CONNECTIONS false", "CHECKPOINT");
        String version = serverVersion();
        server.stop();
        SeedCacheMarker sealed = new SeedCacheMarker(Instant.now(), rows, version, EmbeddedBinaries.identity());
        sealed.write(directory);
        server.start();
        marker = sealed;
    }

    /** Stops the server and deletes the directory: what it holds is not a complete template. */
    public void abandon() {
        server.close();
        SeedCache.forget(directory);
        SeedCache.delete(directory);
    }

    /** Why a complete-looking entry cannot serve (another PostgreSQL version, template gone), if it cannot. */
    Optional<String> unusableBecause(SeedCacheMarker sealed) {
        try {
            String version = serverVersion();
            if (!version.equals(sealed.postgresVersion())) {
                return Optional.of("was seeded on PostgreSQL " + sealed.postgresVersion() + ", this is " + version);
            }
            try (Connection c = adminConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + TEMPLATE + "'")) {
                return rs.next() ? Optional.empty() : Optional.of("has lost its template database " + TEMPLATE);
            }
        } catch (SQLException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The version the running server reported when it started (it is checked then). */
    private String serverVersion() {
        return server.version().text();
    }

    /** Drops the scratch databases that a killed run left in the cluster; returns their names. */
    List<String> dropStaleScratchDatabases() throws SQLException {
        List<String> stale = new ArrayList<>();
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '"
                    + ScratchDatabases.PREFIX.replace("_", "\\_") + "%'")) {
                while (rs.next()) {
                    stale.add(rs.getString(1));
                }
            }
            for (String name : stale) {
                s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            }
        }
        return stale;
    }


    private void admin(String... sql) throws SQLException {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private Connection adminConnection() throws SQLException {
        return connections(SessionTimeouts.DEFAULTS).open("postgres", "migrationtest-seed-cache");
    }
}
