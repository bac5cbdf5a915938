package io.github.migrationtest.internal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An embedded server whose JVM was killed is stopped by its watchdog at once, or else (watchdog gone too) by the next start;
 * its data directory is removed either way.
 */
class OrphanReaperTest {


    @Test
    void serverOfAKilledJvmIsStoppedAtTheNextStart() throws Exception {
        // GIVEN a JVM that started an embedded server and was then killed (no shutdown hooks ran), with its watchdog
        Process jvm = Processes.orphanMaker();
        Path dataDirectory = dataDirectoryOwnedBy(jvm.pid()).orElseThrow();
        long postmaster = Processes.postmaster(dataDirectory);
        Processes.kill9(Processes.watchdog(dataDirectory).orElseThrow().pid());
        jvm.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(postmaster)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        // WHEN the reaper runs, as it does before every embedded start
        List<Long> stopped = OrphanReaper.reap(EmbeddedPostgresProvider.BASE_DIRECTORY);

        // THEN the orphan's postmaster is gone and so is its data directory
        assertThat(stopped).contains(postmaster);
        await().atMost(Duration.ofSeconds(15)).until(() -> ProcessHandle.of(postmaster).map(p -> !p.isAlive()).orElse(true));
        assertThat(dataDirectory).doesNotExist();
    }

    @Test
    void watchdogStopsTheServerOfAKilledJvmWithoutWaitingForAnotherRun() throws Exception {
        // GIVEN a JVM that started an embedded server
        Process jvm = Processes.orphanMaker();
        Path dataDirectory = dataDirectoryOwnedBy(jvm.pid()).orElseThrow();
        long postmaster = Processes.postmaster(dataDirectory);
        assertThat(Processes.watchdog(dataDirectory)).as("its watchdog").isPresent();

        // WHEN the JVM is killed (as a Surefire halt or kill -9 ends it: no shutdown hook runs) and no other run starts
        Processes.kill9(jvm.pid());
        jvm.waitFor();

        // THEN its watchdog stops the postmaster and deletes the data directory, then ends itself
        await().atMost(Duration.ofSeconds(20)).until(() -> !OrphanReaper.running(postmaster));
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(dataDirectory) && !Files.exists(OrphanReaper.marker(dataDirectory)));
        await().atMost(Duration.ofSeconds(5)).until(() -> Processes.watchdog(dataDirectory).isEmpty());
    }

    @Test
    void markerAndLogOfADeadJvmWhoseDirectoryIsGoneAreDeleted(@org.junit.jupiter.api.io.TempDir Path base) throws Exception {
        // GIVEN the marker and log of a dead JVM beside a data directory that no longer exists, and a live JVM's marker
        Path gone = base.resolve("pg-gone");
        Files.writeString(OrphanReaper.marker(gone), Processes.deadPid() + " 2026-01-01T00:00:00Z");
        Files.writeString(ServerLog.file(gone), "LOG:  database system is shut down\n");
        Path mine = base.resolve("pg-mine");
        OrphanReaper.markOwned(mine);

        // WHEN the reaper runs
        OrphanReaper.reap(base);

        // THEN the dead JVM's files are gone, the live one's marker stays
        assertThat(OrphanReaper.marker(gone)).doesNotExist();
        assertThat(ServerLog.file(gone)).doesNotExist();
        assertThat(OrphanReaper.marker(mine)).exists();
    }

    @Test
    void serverOfALiveJvmIsLeftAlone() throws Exception {
        // GIVEN a server owned by this (live) JVM
        var server = Servers.get("embedded", false, "", s -> { });
        Path mine = dataDirectoryOwnedBy(ProcessHandle.current().pid()).orElseThrow();

        // WHEN the reaper runs
        OrphanReaper.reap(EmbeddedPostgresProvider.BASE_DIRECTORY);

        // THEN this JVM's server still answers
        assertThat(mine).exists();
        try (var c = java.sql.DriverManager.getConnection(server.jdbcUrl("postgres") + "?user=postgres")) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    private static Optional<Path> dataDirectoryOwnedBy(long pid) throws Exception {
        return Processes.dataDirectoryOwnedBy(pid);
    }
}
