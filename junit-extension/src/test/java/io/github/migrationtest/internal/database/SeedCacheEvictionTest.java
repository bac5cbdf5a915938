package io.github.migrationtest.internal.database;

import static io.github.migrationtest.internal.database.SeedCacheEntries.lastUsed;
import static io.github.migrationtest.internal.database.SeedCacheEntries.megabytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed cache keeps the most recently used entries up to its limit; entries in use survive it. Each entry is a real
 * embedded cluster with an empty sealed template; "ending a run" stops its server, as a finished JVM would have.
 */
class SeedCacheEvictionTest {

    @TempDir
    Path root;

    private final List<String> lines = new ArrayList<>();
    private final OpenedClusters opened = new OpenedClusters();

    @AfterEach
    void stopServers() {
        opened.stopAll();
    }

    @Test
    void leastRecentlyUsedEntryBeyondTheLimitIsEvictedAndARecentHitSurvives() throws Exception {
        // GIVEN entries a and b made in that order by earlier runs, then a hit on a
        seal("a");
        seal("b");
        endRun(open("a", 2));
        Path b = root.resolve("b");
        String expected = "Seed cache: evicted " + b + " (last used " + lastUsed(b) + ", " + megabytes(b)
                + " MB) — keeping the 2 most recently used entries (migrationtest.seed-cache.max-entries=2)";
        lines.clear();

        // WHEN a run opens a third entry with max-entries=2
        CachedCluster c = open("c", 2);

        // THEN b, the least recently used, is gone with its markers, and the line says why; a and c remain
        assertThat(lines).containsExactly(expected);
        assertThat(b).doesNotExist();
        assertThat(SeedCacheMarker.file(b)).doesNotExist();
        assertThat(OrphanReaper.marker(b)).doesNotExist();
        assertThat(root.resolve("a")).isDirectory();
        assertThat(SeedCacheMarker.complete(root.resolve("a"))).isTrue();
        assertThat(c.directory()).isDirectory();
    }

    @Test
    void entriesOwnedByAnotherLiveJvmAreNeverEvictedButLeftoversOfKilledRunsAre() throws Exception {
        // GIVEN a sealed and an unfinished entry owned by another live JVM, and the same two left by ended runs
        seal("sealed-elsewhere");
        ownByAnotherLiveJvm(root.resolve("sealed-elsewhere"));
        endRun(unfinished("seeding-elsewhere"));
        ownByAnotherLiveJvm(root.resolve("seeding-elsewhere"));
        seal("old");
        endRun(unfinished("killed"));
        Path old = root.resolve("old");
        Path killed = root.resolve("killed");
        String evicted = "Seed cache: evicted " + old + " (last used " + lastUsed(old) + ", " + megabytes(old)
                + " MB) — keeping only the entries in use (migrationtest.seed-cache.max-entries=0)";
        String removed = "Seed cache: removed " + killed + " (" + megabytes(killed)
                + " MB): a run was killed before it finished seeding it";
        lines.clear();

        // WHEN a run opens its entry with max-entries=0
        open("mine", 0);

        // THEN only the entries of ended runs are deleted
        assertThat(lines).containsExactly(removed, evicted);
        assertThat(old).doesNotExist();
        assertThat(killed).doesNotExist();
        assertThat(root.resolve("sealed-elsewhere")).isDirectory();
        assertThat(root.resolve("seeding-elsewhere")).isDirectory();
        assertThat(root.resolve("mine")).isDirectory();
    }

    @Test
    void postgresLeftRunningOnAnEvictedEntryIsStopped() throws Exception {
        // GIVEN a sealed entry whose JVM was killed while its server ran
        CachedCluster left = open("left-running", 1);
        left.createTemplate();
        left.complete(0);
        SeedCache.forget(left.directory());
        ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(
                Files.readAllLines(left.directory().resolve("postmaster.pid")).get(0).strip())).orElseThrow();
        lines.clear();

        // WHEN a run opens another entry with max-entries=1
        open("next", 1);

        // THEN the server is stopped before its entry is deleted
        assertThat(postmaster.isAlive()).isFalse();
        assertThat(left.directory()).doesNotExist();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("Seed cache: stopped PostgreSQL (pid " + postmaster.pid() + ") left running on "
                + left.directory() + " by a killed JVM");
        assertThat(lines.get(1)).matches("\\QSeed cache: evicted " + left.directory() + " (last used \\E"
                + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ, \\d+\\.\\d MB\\) — keeping the most recently used entry"
                + " \\(migrationtest\\.seed-cache\\.max-entries=1\\)");
    }

    @Test
    void postgresLeftRunningByAHaltedJvmIsStoppedWhenAnyEntryIsOpenedAndTheEntryIsKept() throws Exception {
        // GIVEN a sealed entry whose JVM was halted while its server ran (and whose watchdog is gone too)
        CachedCluster halted = open("halted", 4);
        halted.createTemplate();
        halted.complete(0);
        long postmaster = Processes.postmaster(halted.directory());
        Processes.kill9(Processes.watchdog(halted.directory(), postmaster).orElseThrow().pid());
        Files.writeString(OrphanReaper.marker(halted.directory()), Processes.deadPid() + " 2026-01-01T00:00:00Z");
        SeedCache.forget(halted.directory());
        lines.clear();

        // WHEN a run opens another entry, with room for both
        open("other", 4);

        // THEN the left server is stopped, and its complete entry stays for the next run that needs it
        assertThat(OrphanReaper.running(postmaster)).isFalse();
        assertThat(SeedCacheMarker.complete(halted.directory())).isTrue();
        assertThat(lines).containsExactly("Seed cache: stopped PostgreSQL (pid " + postmaster + ") left running on "
                + halted.directory() + " by a killed JVM");
    }

    private CachedCluster open(String key, int maxEntries) {
        return opened.open(root, maxEntries, lines::add, key).orElseThrow();
    }

    /** An entry sealed by a run that has ended. */
    private void seal(String key) throws Exception {
        CachedCluster made = open(key, 99);
        made.createTemplate();
        made.complete(0);
        endRun(made);
    }

    private CachedCluster unfinished(String key) throws Exception {
        CachedCluster made = open(key, 99);
        made.createTemplate();
        return made;
    }

    private static void endRun(CachedCluster cluster) {
        cluster.server().close();
        SeedCache.forget(cluster.directory());
    }

    private static void ownByAnotherLiveJvm(Path entry) throws Exception {
        ProcessHandle other = ProcessHandle.current().parent().orElseThrow();
        Files.writeString(OrphanReaper.marker(entry), other.pid() + " " + other.info().startInstant().map(Instant::toString).orElse(""));
    }
}
