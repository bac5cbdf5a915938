package io.github.migrationtest.internal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed-cache entries: sealed once, reused, cleaned of scratch databases a killed run left, refused while another JVM owns them. */
class SeedCacheTest {

    @TempDir
    Path root;

    private final List<String> lines = new ArrayList<>();
    private final OpenedClusters opened = new OpenedClusters();

    /** Servers on a temporary directory must stop before JUnit deletes it (pg_ctl needs postmaster.pid to stop them). */
    @AfterEach
    void stopServers() {
        opened.stopAll();
    }

    private Optional<CachedCluster> open(String key) {
        return open(key, 4);
    }

    private Optional<CachedCluster> open(String key, int maxEntries) {
        return opened.open(root, maxEntries, lines::add, key);
    }

    @Test
    void sealedEntryIsAHitWithItsTemplateUntouchable() throws Exception {
        // GIVEN an entry that was seeded and sealed
        CachedCluster made = open("k1").orElseThrow();
        assertThat(made.hit()).isFalse();
        made.createTemplate();
        execute(made, made.template(), "CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 5)");
        made.complete(5);

        // WHEN the entry is opened again
        CachedCluster again = open("k1").orElseThrow();

        // THEN it is a hit that names the directory, the time and the rows, and nobody may connect to the template
        Instant sealedAt = SeedCacheMarker.read(root.resolve("k1")).orElseThrow().seededAt();
        assertThat(again.hitLine()).isEqualTo("Seed cache hit: " + root.resolve("k1") + " (seeded " + sealedAt + ", 5 rows) — skipped seeding");
        assertThat(again.hit()).isTrue();
        SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> execute(again, again.template(), "SELECT 1"));
        assertThat(refused.getMessage()).contains("database \"seed_template\" is not currently accepting connections");
    }

    @Test
    void scratchDatabasesLeftByAKilledRunAreDroppedAtStart() throws Exception {
        // GIVEN a sealed entry whose server a killed run left holding a scratch database
        CachedCluster made = open("k2").orElseThrow();
        made.createTemplate();
        made.complete(0);
        ScratchDatabases scratch = new ScratchDatabases(made.connections(SessionTimeouts.DEFAULTS));
        String stale = scratch.cloneOf(made.template());
        simulateKilledRun(made);

        // WHEN the entry is opened by the next run
        CachedCluster next = open("k2").orElseThrow();

        // THEN the stale database is gone and the template is still there to clone
        assertThat(lines).contains("Seed cache: dropped 1 scratch databases left in " + root.resolve("k2") + " by a killed run: [" + stale + "]");
        assertThat(databases(next)).contains("seed_template").doesNotContain(stale);
    }

    @Test
    void entryOwnedByAnotherLiveJvmIsNotUsed() throws Exception {
        // GIVEN an entry whose owner marker names another live process
        Path directory = root.resolve("k3");
        Files.createDirectories(directory);
        ProcessHandle other = ProcessHandle.current().parent().orElseThrow();
        Files.writeString(OrphanReaper.marker(directory), other.pid() + " " + other.info().startInstant().map(Instant::toString).orElse(""));

        // WHEN a run wants it
        Optional<CachedCluster> opened = open("k3");

        // THEN it falls back, says so in one line, and leaves the directory alone
        assertThat(opened).isEmpty();
        assertThat(lines).containsExactly("Seed cache not used: " + directory + " is in use by another JVM (pid " + other.pid()
                + "); seeding in a scratch database instead");
        assertThat(directory).exists();
    }

    @Test
    void unfinishedEntryIsSeededAfresh() throws Exception {
        // GIVEN an entry whose seeding never finished (no .complete marker)
        CachedCluster unfinished = open("k4").orElseThrow();
        unfinished.createTemplate();
        simulateKilledRun(unfinished);

        // WHEN it is opened again
        CachedCluster next = open("k4").orElseThrow();

        // THEN it is a miss on a new, empty cluster
        assertThat(next.hit()).isFalse();
        assertThat(databases(next)).doesNotContain("seed_template");
    }

    private static void simulateKilledRun(CachedCluster cluster) throws Exception {
        cluster.server().stop();
        SeedCache.forget(cluster.directory());
    }

    private static List<String> databases(CachedCluster cluster) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = cluster.connections(SessionTimeouts.DEFAULTS).open("postgres", "test");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void execute(CachedCluster cluster, String database, String sql) throws SQLException {
        try (Connection c = cluster.connections(SessionTimeouts.DEFAULTS).open(database, "test"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
