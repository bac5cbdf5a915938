package io.github.migrationtest.internal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An embedded server whose JVM was killed is stopped by the next start, and its data directory removed. */
class OrphanReaperTest {

    @Test
    void serverOfAKilledJvmIsStoppedAtTheNextStart() throws Exception {
        // GIVEN a JVM that started an embedded server and was then killed (no shutdown hooks ran)
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("READY")) {
            // skip the server's start-up log
        }
        assertThat(line).as("the child JVM started its server").startsWith("READY");
        Path dataDirectory = dataDirectoryOwnedBy(jvm.pid()).orElseThrow();
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
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
        try (Stream<Path> markers = Files.list(EmbeddedPostgresProvider.BASE_DIRECTORY)) {
            for (Path marker : (Iterable<Path>) markers.filter(p -> p.toString().endsWith(OrphanReaper.MARKER_SUFFIX))::iterator) {
                if (Files.readString(marker).startsWith(pid + " ")) {
                    String name = marker.getFileName().toString();
                    return Optional.of(marker.resolveSibling(name.substring(0, name.length() - OrphanReaper.MARKER_SUFFIX.length())));
                }
            }
        }
        return Optional.empty();
    }
}
