package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.database.SeedCacheEntries;
import io.github.migrationtest.internal.database.SeedCacheServers;
import io.github.migrationtest.testing.ConsoleCapture;
import io.github.migrationtest.testing.SeededHistory;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A repeat run with unchanged migrations, seed plan and PostgreSQL reuses the seeded template; any change seeds again. */
class SeedCacheRunTest {

    private static final String LOG = "[migrationtest] ";

    @TempDir
    Path dir;

    private Map<String, String> configuration;

    @BeforeEach
    void history() throws Exception {
        configuration = new HashMap<>(SeededHistory.write(dir.resolve("history")));
        configuration.put("migrationtest.seed-cache.directory", cache().toString());
        configuration.put("migrationtest.report.directory", dir.resolve("reports").toString());
        Fingerprint.seen.clear();
    }

    @AfterEach
    void stopCacheServers() {
        SeedCacheServers.stopAll(cache());
    }

    @Test
    void repeatRunHitsTheCacheSkipsSeedingAndSeesTheSameData() throws Exception {
        // GIVEN a first run that seeded and saved the template
        List<String> first = runOnce();
        Path entry = onlyEntry();
        assertThat(first).contains(LOG + "Seed cache: saved the seeded template in " + entry);

        // WHEN the same class runs again
        List<String> second = runOnce();

        // THEN it says it skipped seeding, did not seed, and its copy holds the same rows
        assertThat(second).contains(LOG + "Seed cache hit: " + entry + " (seeded " + marker(entry).getProperty("seeded-at") + ", 60 rows) — skipped seeding");
        assertThat(second).noneMatch(line -> line.startsWith(LOG + "Seeded "));
        assertThat(Fingerprint.seen).hasSize(2).doesNotContainNull();
        assertThat(Fingerprint.seen.get(1)).isEqualTo(Fingerprint.seen.get(0));
    }

    @Test
    void changingAMigrationBeforeTheSeedPointMissesTheCache() throws Exception {
        // GIVEN a saved template
        runOnce();
        Path before = onlyEntry();

        // WHEN V1 changes and the class runs again
        Path v1 = dir.resolve("history/migration/V1__create_customers.sql");
        Files.writeString(v1, Files.readString(v1) + "\nCOMMENT ON TABLE customers IS 'changed';");
        List<String> second = runOnce();

        // THEN it seeds again into a new entry
        assertThat(second).noneMatch(line -> line.startsWith(LOG + "Seed cache hit"));
        assertThat(second).anyMatch(line -> line.startsWith(LOG + "Seeded 60 rows into 2 tables"));
        assertThat(entries()).hasSize(2).contains(before);
    }

    @Test
    void changingTheSeedMissesTheCache() throws Exception {
        // GIVEN a saved template for seed 42
        runOnce();

        // WHEN the class runs with another seed
        configuration.put("migrationtest.seed", "43");
        List<String> second = runOnce();

        // THEN it seeds again, and the data differs
        assertThat(second).noneMatch(line -> line.startsWith(LOG + "Seed cache hit"));
        assertThat(entries()).hasSize(2);
        assertThat(Fingerprint.seen.get(1)).isNotEqualTo(Fingerprint.seen.get(0));
    }

    @Test
    void entryInUseByAnotherJvmFallsBackToSeedingAsUsual() throws Exception {
        // GIVEN a saved entry that another live JVM now owns
        runOnce();
        Path entry = onlyEntry();
        SeedCacheServers.stopAll(cache());
        ProcessHandle other = ProcessHandle.current().parent().orElseThrow();
        Files.writeString(entry.resolveSibling(entry.getFileName() + ".owner"),
                other.pid() + " " + other.info().startInstant().map(Object::toString).orElse(""));

        // WHEN the class runs again
        List<String> second = runOnce();

        // THEN it says why it does not use the entry, seeds as usual, and sees the same data
        assertThat(second).contains(LOG + "Seed cache not used: " + entry + " is in use by another JVM (pid " + other.pid()
                + "); seeding in a scratch database instead");
        assertThat(second).anyMatch(line -> line.startsWith(LOG + "Seeded 60 rows into 2 tables"));
        assertThat(Fingerprint.seen.get(1)).isEqualTo(Fingerprint.seen.get(0));
    }

    @Test
    void cacheOffLeavesNoTraceAndSeedsEveryTime() throws Exception {
        // GIVEN the cache is switched off
        configuration.put("migrationtest.seed-cache", "false");

        // WHEN the class runs twice
        List<String> first = runOnce();
        List<String> second = runOnce();

        // THEN both seeded, nothing mentions the cache, and its folder was never made
        assertThat(Stream.concat(first.stream(), second.stream())).filteredOn(line -> line.startsWith(LOG + "Seeded ")).hasSize(2);
        assertThat(Stream.concat(first.stream(), second.stream())).noneMatch(line -> line.contains("Seed cache"));
        assertThat(cache()).doesNotExist();
    }

    @Test
    void aNewEntryBeyondMaxEntriesEvictsTheLeastRecentlyUsedOne() throws Exception {
        // GIVEN max-entries=1 and an entry saved by an earlier JVM
        configuration.put("migrationtest.seed-cache.max-entries", "1");
        runOnce();
        Path old = onlyEntry();
        SeedCacheServers.stopAll(cache());
        String evicted = LOG + "Seed cache: evicted " + old + " (last used " + SeedCacheEntries.lastUsed(old) + ", "
                + SeedCacheEntries.megabytes(old) + " MB) — keeping the most recently used entry (migrationtest.seed-cache.max-entries=1)";

        // WHEN the class runs with another seed plan
        configuration.put("migrationtest.seed", "43");
        List<String> second = runOnce();

        // THEN the old entry is evicted with one line, and only the new one is left
        assertThat(second).containsOnlyOnce(evicted);
        assertThat(old).doesNotExist();
        assertThat(entries()).hasSize(1);
    }

    @Test
    void maxEntriesThatIsNoCountFailsNamingTheKeyAndWhatIsAllowed() {
        for (String bad : List.of("-1", "four")) {
            // GIVEN a max-entries that is not a count
            configuration.put("migrationtest.seed-cache.max-entries", bad);

            // WHEN the class runs
            EngineExecutionResults results = run(Fingerprint.class, configuration);

            // THEN it fails before any database starts, saying what the key means and what it accepts
            assertThat(message(results, "Fingerprint")).hasValue("@MigrationTest migrationtest.seed-cache.max-entries"
                    + " is how many seeded templates the seed cache keeps: a whole number, 0 or more"
                    + " (default 4; 0 keeps only the entries in use), but is \"" + bad + "\".");
            assertThat(cache()).doesNotExist();
        }
    }

    private List<String> runOnce() {
        ConsoleCapture.Captured<EngineExecutionResults> run = ConsoleCapture.of(() -> run(Fingerprint.class, configuration));
        run.result().testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        return run.lines();
    }

    private Path cache() {
        return dir.resolve("cache").toAbsolutePath();
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> files = Files.list(cache())) {
            return files.filter(Files::isDirectory).sorted().toList();
        }
    }

    private Path onlyEntry() throws Exception {
        assertThat(entries()).hasSize(1);
        return entries().get(0);
    }

    private static Properties marker(Path entry) throws Exception {
        Properties marker = new Properties();
        try (Reader in = Files.newBufferedReader(entry.resolveSibling(entry.getFileName() + ".complete"))) {
            marker.load(in);
        }
        return marker;
    }

    @MigrationTest(seedAt = "2", rows = 30)
    static class Fingerprint {
        static final List<String> seen = new ArrayList<>();

        @Test
        void rowsOfTheSeedPoint(MigrationHarness db) {
            seen.add((String) db.queryForList("SELECT md5(string_agg(c::text, '|' ORDER BY c.id))"
                    + " || md5((SELECT string_agg(o::text, '|' ORDER BY o.id) FROM orders o)) FROM customers c").get(0));
        }
    }
}
