package io.github.migrationtest.internal.database;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.spi.DatabaseProvider;
import io.github.migrationtest.spi.DatabaseServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The embedded server killed mid-class (kill -9 of its postmaster): the rest of the class fails with one message, nothing else. */
class LostServerTest {

    @Test
    void killedServerFailsTheRemainingStepsWithOneMessageAndNoCloseFailure() {
        // GIVEN a class on a server of its own, whose first step's method kills the postmaster named in postmaster.pid
        EngineExecutionResults results = run(KilledAfterFirstStep.class, Map.of("migrationtest.database", OwnServer.class.getName()));

        // THEN the first step passed, the other two fail with the same message, and the class itself closes cleanly
        Path dir = KilledAfterFirstStep.dataDirectory;
        assertThat(outcome(results, "V1 create customers")).isEqualTo("SUCCESSFUL");
        String v2 = message(results, "V2 create orders").orElseThrow();
        assertThat(message(results, "V3 index email")).hasValue(v2);
        assertThat(v2).matches(Pattern.quote("The database server is gone: embedded PostgreSQL (postmaster pid " + KilledAfterFirstStep.pid
                + ") on data directory " + dir + " is no longer running; noticed during V2 create orders at ")
                + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ" + Pattern.quote(". The steps after it cannot run on it and fail with this message.\n"
                + "  The last lines of its log " + ServerLog.file(dir) + ":\n")
                + "(    .+\n){1,8}" + Pattern.quote("  If the machine ran out of memory (the kernel's OOM killer: see dmesg) or disk space,"
                + " free some and run the class again; if something stopped the server, let it run until the class ends."));
        assertThat(v2).as("lines of the server log").containsPattern("\\n    \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ UTC \\[\\d+\\] LOG: ");
        results.containerEvents().assertStatistics(s -> s.failed(0));
        // AND the dead server's directory is cleaned up, and the next class starts a new server
        assertThat(dir).doesNotExist();
        assertThat(ServerLog.file(dir)).doesNotExist();
        EngineExecutionResults again = run(Survivor.class, Map.of("migrationtest.database", OwnServer.class.getName()));
        again.testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
    }

    @Test
    void serverKilledWhileSeedingIsReportedAsLostNotAsAProblemOfRows() throws Exception {
        // GIVEN a seeded class on a server of its own, and a thread that kills the postmaster once the seeder's COPY runs
        KilledWhileSeeding.dataDirectory = null;
        Thread killer = new Thread(LostServerTest::killWhenSeeding, "kill-while-seeding");
        killer.start();

        // WHEN the class runs
        EngineExecutionResults results = run(KilledWhileSeeding.class, Map.of("migrationtest.database", OwnServer.class.getName()));
        killer.join(60_000);

        // THEN every step fails with the lost-server message (noticed during the first step, which seeds), not with @Rows
        String v2 = message(results, "V2 create orders").orElseThrow();
        assertThat(v2).startsWith("The database server is gone: embedded PostgreSQL (postmaster pid " + KilledWhileSeeding.pid
                + ") on data directory " + KilledWhileSeeding.dataDirectory + " is no longer running; noticed during V2 create orders at ");
        assertThat(message(results, "V3 index email")).hasValue(v2);
        results.containerEvents().assertStatistics(s -> s.failed(0));
    }

    @Test
    void seedCacheServerKilledWhileSeedingIsReportedAsLostWithItsLog(@org.junit.jupiter.api.io.TempDir Path cache) throws Exception {
        // GIVEN a seeded class on the embedded database whose seed-cache cluster is killed while the seeder's COPY runs
        KilledWhileSeeding.dataDirectory = null;
        Thread killer = new Thread(() -> killWhenSeeding(cache), "kill-seed-cache-while-seeding");
        killer.start();

        // WHEN the class runs
        EngineExecutionResults results = run(KilledWhileSeeding.class, Map.of("migrationtest.seed-cache.directory", cache.toString()));
        killer.join(60_000);

        // THEN the steps fail with the lost-server message naming the cluster and the lines of its log, read before the
        // unfinished entry was deleted; the class closes cleanly and nothing of the entry is left
        Path dir = KilledWhileSeeding.dataDirectory;
        String v2 = message(results, "V2 create orders").orElseThrow();
        assertThat(v2).startsWith("The database server is gone: embedded PostgreSQL (postmaster pid " + KilledWhileSeeding.pid
                + ") on data directory " + dir + " is no longer running; noticed during seeding the seed-cache entry at ");
        assertThat(v2).contains("\n  The last lines of its log " + ServerLog.file(dir) + ":\n    ");
        assertThat(message(results, "V3 index email")).hasValue(v2);
        results.containerEvents().assertStatistics(s -> s.failed(0));
        assertThat(dir).doesNotExist();
    }

    private static void killWhenSeeding() {
        killWhenSeeding(EmbeddedPostgresProvider.BASE_DIRECTORY);
    }

    private static void killWhenSeeding(Path base) {
        try {
            Path[] seeding = new Path[1];
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
                for (Path dir : ownedDirectories(base)) {
                    if (Files.exists(dir.resolve("postmaster.pid")) && copyRunning(dir)) {
                        seeding[0] = dir;
                        return true;
                    }
                }
                return false;
            });
            KilledAfterFirstStep.kill(seeding[0]);
            KilledWhileSeeding.dataDirectory = seeding[0];
            KilledWhileSeeding.pid = KilledAfterFirstStep.pid;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean copyRunning(Path dir) {
        int port;
        try {
            port = Integer.parseInt(Files.readAllLines(dir.resolve("postmaster.pid")).get(3).strip());
        } catch (Exception notYet) {
            return false;
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'migrationtest-seed'"
                     + " AND query ILIKE 'COPY%'")) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** A server of this test's own (not the one other tests share), so that killing it harms no one else. */
    public static final class OwnServer implements DatabaseProvider {
        @Override
        public DatabaseServer start() throws Exception {
            return new EmbeddedPostgresProvider().start();
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo")
    static class KilledAfterFirstStep {
        static Path dataDirectory;
        static long pid;

        @EachMigration
        void step(MigrationStep step) throws Exception {
            if (step.version().equals("1")) {
                kill(newestOwnedDirectory());
            }
        }

        /** kill -9 of the postmaster that the directory's postmaster.pid names; returns once it is gone. */
        static void kill(Path directory) throws Exception {
            dataDirectory = directory;
            pid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
            assertThat(new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor()).isZero();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> !OrphanReaper.running(pid));
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo", seedAt = "1", rows = 3_000_000)
    static class KilledWhileSeeding {
        static volatile Path dataDirectory;
        static volatile long pid;

        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo")
    static class Survivor {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    /** The data directory this JVM started last (the class's own server was started just now). */
    private static Path newestOwnedDirectory() throws Exception {
        try (var markers = Files.list(EmbeddedPostgresProvider.BASE_DIRECTORY)) {
            Path marker = markers.filter(p -> p.toString().endsWith(OrphanReaper.MARKER_SUFFIX))
                    .filter(p -> read(p).startsWith(ProcessHandle.current().pid() + " "))
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElse(null);
            if (marker == null) {
                return null;
            }
            String name = marker.getFileName().toString();
            return marker.resolveSibling(name.substring(0, name.length() - OrphanReaper.MARKER_SUFFIX.length()));
        }
    }

    /** The data directories of the servers this JVM runs. */
    private static java.util.List<Path> ownedDirectories(Path base) throws Exception {
        if (!Files.isDirectory(base)) {
            return java.util.List.of();
        }
        try (var markers = Files.list(base)) {
            return markers.filter(p -> p.toString().endsWith(OrphanReaper.MARKER_SUFFIX))
                    .filter(p -> read(p).startsWith(ProcessHandle.current().pid() + " "))
                    .map(p -> p.resolveSibling(p.getFileName().toString().replace(OrphanReaper.MARKER_SUFFIX, ""))).toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
