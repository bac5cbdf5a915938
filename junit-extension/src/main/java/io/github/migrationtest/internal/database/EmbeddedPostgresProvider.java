package io.github.migrationtest.internal.database;

import io.github.migrationtest.spi.DatabaseProvider;
import io.github.migrationtest.spi.DatabaseServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real PostgreSQL binaries from Maven Central (io.zonky.test), one server per JVM, tuned for throw-away
 * data: fsync, synchronous commit and full-page writes are off, so timings are those of a fast disk.
 */
public final class EmbeddedPostgresProvider implements DatabaseProvider {

    /** Where embedded data directories live; orphans left here by killed JVMs are reaped at start. */
    public static final Path BASE_DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"), "migrationtest-embedded");

    private static final Map<String, String> SERVER_CONFIG = Map.of(
            "fsync", "off",
            "synchronous_commit", "off",
            "full_page_writes", "off",
            "max_connections", "300",
            "shared_buffers", "256MB",
            "maintenance_work_mem", "256MB",
            "max_wal_size", "4GB",
            "checkpoint_timeout", "30min",
            "autovacuum", "off");

    @Override
    public DatabaseServer start() throws IOException {
        return startIn(BASE_DIRECTORY);
    }

    /** A server with its data directory below {@code base} (tests use a small file system of their own). */
    static DatabaseServer startIn(Path base) throws IOException {
        List<Long> reaped = OrphanReaper.reap(base);
        if (!reaped.isEmpty()) {
            System.out.println("[migrationtest] stopped embedded PostgreSQL left behind by a killed JVM: pid " + reaped);
        }
        Path dataDirectory = base.resolve("pg-" + UUID.randomUUID());
        Files.createDirectories(base);
        OrphanReaper.markOwned(dataDirectory);
        try {
            EmbeddedServer server = new EmbeddedServer(builder(dataDirectory, true).start(), dataDirectory,
                    OrphanReaper.postmasterPid(dataDirectory).orElse(-1L));
            Watchdog.watch(dataDirectory, true);
            return server;
        } catch (IOException | RuntimeException e) {
            OrphanReaper.deleteRecursively(dataDirectory);
            throw e;
        }
    }

    /** A server on this data directory with the harness's configuration; initdb runs only if the directory holds no cluster. */
    static EmbeddedPostgres.Builder builder(Path dataDirectory, boolean deleteAtStop) {
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(ServerLog.file(dataDirectory).toFile());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(deleteAtStop)
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .setPGStartupWait(Duration.ofSeconds(60));
        SERVER_CONFIG.forEach(builder::setServerConfig);
        return builder;
    }

    private record EmbeddedServer(EmbeddedPostgres postgres, Path dataDirectory, long postmaster) implements EmbeddedServerAddress {

        @Override
        public int port() {
            return postgres.getPort();
        }

        @Override
        public String description() {
            return "embedded PostgreSQL (fsync off) on port " + port();
        }

        @Override
        public void close() {
            try {
                postgres.close();
            } catch (IOException | RuntimeException notStopped) {
                // pg_ctl cannot stop a server whose data directory is gone: it is stopped by pid below
            }
            PostmasterStop.stop(postmaster);
            OrphanReaper.deleteRecursively(dataDirectory);
        }
    }
}
