package io.github.migrationtest.internal.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** An embedded server on a seed-cache directory: the directory outlives the server, and the server can be restarted on it. */
final class CachedServer implements EmbeddedServerAddress {

    private final Path dataDirectory;
    private EmbeddedPostgres postgres;
    private ServerVersion version;
    private long postmaster = -1;

    CachedServer(Path dataDirectory) throws IOException {
        this.dataDirectory = dataDirectory;
        start();
    }

    synchronized void start() throws IOException {
        postgres = EmbeddedPostgresProvider.builder(dataDirectory, false).start();
        postmaster = OrphanReaper.postmasterPid(dataDirectory).orElse(-1L);
        Watchdog.watch(dataDirectory, false);
        try {
            version = ServerVersion.of(this);
        } catch (SQLException e) {
            close();
            throw new IOException("could not read the PostgreSQL version: " + e.getMessage(), e);
        }
        try {
            version.requireSupported(description(), true);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A clean stop ({@code pg_ctl stop -m fast}): everything is written to the data directory, nothing is deleted. */
    synchronized void stop() throws IOException {
        if (postgres != null) {
            EmbeddedPostgres running = postgres;
            postgres = null;
            try {
                running.close();
            } finally {
                PostmasterStop.stop(postmaster);
            }
        }
    }

    /** The version the server reported when it last started. */
    synchronized ServerVersion version() {
        return version;
    }

    private synchronized EmbeddedPostgres running() {
        if (postgres == null) {
            throw new IllegalStateException("the seed-cache server on " + dataDirectory + " is stopped");
        }
        return postgres;
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public int port() {
        return running().getPort();
    }

    @Override
    public String description() {
        String named = version == null ? "PostgreSQL" : "PostgreSQL " + version.text();
        return "embedded " + named + " (fsync off) on port " + port() + ", seed cache " + dataDirectory;
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (IOException | RuntimeException notStopped) {
            // pg_ctl fails on a dead or deleted cluster; stop() has stopped its postmaster by pid all the same
        }
    }
}
