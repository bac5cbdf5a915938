package io.github.migrationtest.internal.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.spi.DatabaseServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A postmaster that ignores a polite stop (a client still connected, its data directory deleted) is stopped anyway. */
class PostmasterStopTest {

    @Test
    void serverOnADeletedDataDirectoryWithAClientStillConnectedIsStoppedByEscalatingSignals() throws Exception {
        // GIVEN a server of its own with a client connected (SIGTERM, a smart shutdown, waits for it) and its directory deleted
        DatabaseServer server = new EmbeddedPostgresProvider().start();
        Path dir = ((EmbeddedServerAddress) server).dataDirectory();
        long postmaster = Processes.postmaster(dir);
        try (Connection client = DriverManager.getConnection(server.jdbcUrl("postgres") + "?user=postgres")) {
            OrphanReaper.deleteRecursively(dir);

            // WHEN it is stopped by pid
            long start = System.nanoTime();
            var signal = PostmasterStop.stop(postmaster);

            // THEN SIGTERM was not enough, a later signal was, and it took a bounded time
            assertThat(signal).isPresent().get().isNotEqualTo("SIGTERM");
            assertThat(OrphanReaper.running(postmaster)).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(21));
        }
        server.close();
    }

    @Test
    void closingAServerWhoseDataDirectoryIsGoneStopsItsPostmaster() throws Exception {
        // GIVEN a running server whose data directory was deleted under it (pg_ctl stop cannot find it any more)
        DatabaseServer server = new EmbeddedPostgresProvider().start();
        Path dir = ((EmbeddedServerAddress) server).dataDirectory();
        long postmaster = Processes.postmaster(dir);
        OrphanReaper.deleteRecursively(dir);

        // WHEN the harness closes it, as it does when the JVM ends
        server.close();

        // THEN the postmaster does not keep running on the deleted directory
        assertThat(OrphanReaper.running(postmaster)).isFalse();
    }
}
