package io.github.migrationtest.internal.database;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.EachMigration;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.MigrationTest;
import io.github.migrationtest.spi.DatabaseProvider;
import io.github.migrationtest.spi.DatabaseServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The embedded server killed mid-class (kill -9 of its postmaster): the rest of the class fails with one message, nothing else. */
class LostServerTest {

    private static final String HISTORIES = "classpath:io/github/migrationtest/histories/";

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
                dataDirectory = newestOwnedDirectory();
                pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
                assertThat(new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor()).isZero();
                while (OrphanReaper.running(pid)) {
                    Thread.sleep(20);
                }
            }
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
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
            String name = marker.getFileName().toString();
            return marker.resolveSibling(name.substring(0, name.length() - OrphanReaper.MARKER_SUFFIX.length()));
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
