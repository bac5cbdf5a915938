package io.github.migrationtest;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.EngineRuns.testNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.Histories;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A release rolls back as one deploy: its down scripts in reverse order, each on what the later ones left. */
class ReleasesTest {

    @TempDir
    Path dir;

    @Test
    void downScriptsThatFailOnlyInSequenceFailTheReleaseAtTheRightScriptWhileEveryStepPasses() throws Exception {
        // GIVEN V2 drops a UNION view over customers, V3 drops customers.nickname, and U3 adds it back at the end
        //       (schema snapshots ignore column order, so V3's own step passes), which U2's `SELECT *` UNION then trips over
        Map<String, String> configuration = Histories.write(dir, reorderingHistory());

        // WHEN every step and every release is rehearsed
        EngineExecutionResults results = run(StepsAndReleases.class, configuration);

        // THEN each step passes alone, release 1 passes, and release 3 fails at U2, after U3 ran
        assertThat(testNames(results)).containsExactly("V1 create customers", "V2 drop all customers view", "V3 drop customer nickname",
                "release 1 (V1)", "release 3 (V2 to V3)");
        results.testEvents().assertStatistics(s -> s.started(5).succeeded(4).failed(1));
        assertThat(message(results, "release 3 (V2 to V3)")).hasValue(u2FailsAfterU3());
    }

    @Test
    void isReversibleSaysWhichCheckFailedAndWhy() throws Exception {
        // GIVEN the history whose down scripts fail only in sequence, and a method that asserts the release is reversible
        Map<String, String> configuration = Histories.write(dir, reorderingHistory());

        // WHEN the release is rehearsed
        EngineExecutionResults results = run(ReversibleReleases.class, configuration);

        // THEN the assertion fails on BACK with the release's message
        assertThat(outcome(results, "release 1 (V1)")).isEqualTo("SUCCESSFUL");
        assertThat(message(results, "release 3 (V2 to V3)")).hasValue("\nExpecting release 3 (V2 to V3) to run its down script (BACK)"
                + " but it did not:\n" + rollingBackFailed());
    }

    @Test
    void releaseWithoutADownScriptFailsNamingTheScriptItExpects() throws Exception {
        // GIVEN a release of V2 and V3 where V3 has no down script
        Map<String, String> scripts = reorderingHistory();
        scripts.remove("U3__drop_customer_nickname.sql");
        Map<String, String> configuration = Histories.write(dir, scripts);

        // WHEN the releases are rehearsed
        EngineExecutionResults results = run(OnlyReleases.class, configuration);

        // THEN release 3 fails before rolling anything back, naming V3 and the file it looked for
        assertThat(outcome(results, "release 1 (V1)")).isEqualTo("SUCCESSFUL");
        assertThat(message(results, "release 3 (V2 to V3)")).hasValue("release 3 (V2 to V3) cannot be rolled back: V3 drop customer nickname"
                + " has no down script: expected U3__drop_customer_nickname.sql in filesystem:" + dir.resolve("undo") + "."
                + " Write one that reverts V3, or set @MigrationTest(requireUndo = FALSE) to accept irreversible migrations.");
    }

    @Test
    void migrationFailingForwardInsideAReleaseFailsItAndTheNextReleaseSaysItCannotBeReached() throws Exception {
        // GIVEN release 3 is V2 and V3, and V3 has a syntax error; release 4 comes after it
        Map<String, String> scripts = new TreeMap<>();
        scripts.put("V1__create_customers.sql", "CREATE TABLE customers (id bigint PRIMARY KEY);");
        scripts.put("U1__create_customers.sql", "DROP TABLE customers;");
        scripts.put("V2__add_score.sql", "ALTER TABLE customers ADD COLUMN score int;");
        scripts.put("U2__add_score.sql", "ALTER TABLE customers DROP COLUMN score;");
        scripts.put("V3__create_broken.sql", "CREATE TABEL broken (id int);");
        scripts.put("U3__create_broken.sql", "DROP TABLE broken;");
        scripts.put("V4__add_city.sql", "ALTER TABLE customers ADD COLUMN city text;");
        scripts.put("U4__add_city.sql", "ALTER TABLE customers DROP COLUMN city;");
        Map<String, String> configuration = Histories.write(dir, scripts);

        // WHEN the releases are rehearsed
        EngineExecutionResults results = run(ThreeReleases.class, configuration);

        // THEN release 3 fails forward at V3 after V2 ran, and release 4 fails naming V3 as what keeps it from its start
        String v3 = Histories.migration(dir, "V3__create_broken.sql") + " line 1: SQLSTATE 42601 syntax error at or near \"TABEL\""
                + " (in: CREATE TABEL broken (id int))";
        assertThat(outcome(results, "release 1 (V1)")).isEqualTo("SUCCESSFUL");
        assertThat(message(results, "release 3 (V2 to V3)")).hasValue("release 3 (V2 to V3): forward failed at V3 create broken: " + v3
                + "\n  The deploy stopped there, after V2 add score; fix V3 create broken first (its own step says more).");
        assertThat(message(results, "release 4 (V4)")).hasValue("release 4 (V4) could not be rehearsed: cannot rebuild the database"
                + " before V4 add city: V3 create broken fails forward: " + v3);
    }

    private String u2FailsAfterU3() {
        return "release 3 (V2 to V3): " + rollingBackFailed();
    }

    /** U2 fails after U3, as the release's BACK verdict says it after the release's name. */
    private String rollingBackFailed() {
        return "rolling back failed at V2 drop all customers view: down script failed: filesystem:"
                + dir.resolve("undo") + "/U2__drop_all_customers_view.sql line 1: SQLSTATE 42804 UNION types date and text cannot be matched"
                + " (in: CREATE VIEW all_customers AS SELECT * FROM customers UNION ALL SELECT * FROM ...)\n"
                + "  The down scripts run in reverse order, each on what the later ones left: U3__drop_customer_nickname.sql ran before it."
                + " If V2's own step passes, that script leaves the database different from what V3 drop customer nickname found,"
                + " in a way U2__drop_all_customers_view.sql depends on (column order, a dependent object, data): make it restore"
                + " exactly what its migration found, or make U2__drop_all_customers_view.sql independent of it.";
    }

    /** V1 customers and archived customers with a UNION view over both; V2 drops the view; V3 drops customers.nickname. */
    static Map<String, String> reorderingHistory() {
        Map<String, String> scripts = new TreeMap<>();
        scripts.put("V1__create_customers.sql", """
                CREATE TABLE customers (id bigint PRIMARY KEY, nickname text, joined date NOT NULL);
                CREATE TABLE archived_customers (id bigint PRIMARY KEY, nickname text, joined date NOT NULL);
                CREATE VIEW all_customers AS SELECT * FROM customers UNION ALL SELECT * FROM archived_customers;""");
        scripts.put("U1__create_customers.sql", "DROP VIEW all_customers;\nDROP TABLE archived_customers;\nDROP TABLE customers;");
        scripts.put("V2__drop_all_customers_view.sql", "DROP VIEW all_customers;");
        scripts.put("U2__drop_all_customers_view.sql", "CREATE VIEW all_customers AS SELECT * FROM customers UNION ALL SELECT * FROM archived_customers;");
        scripts.put("V3__drop_customer_nickname.sql", "ALTER TABLE customers DROP COLUMN nickname;");
        scripts.put("U3__drop_customer_nickname.sql", "ALTER TABLE customers ADD COLUMN nickname text;");
        return scripts;
    }

    @MigrationTest(releases = {"1", "3"})
    static class StepsAndReleases {
        @EachMigration
        void step(MigrationStep step) {
        }

        @EachRelease
        void release(ReleaseStep release) {
        }
    }

    @MigrationTest(releases = {"1", "3"})
    static class ReversibleReleases {
        @EachRelease
        void release(ReleaseStep release) {
            assertThat(release).isReversible();
        }
    }

    @MigrationTest(releases = {"1", "3", "4"})
    static class ThreeReleases {
        @EachRelease
        void release(ReleaseStep release) {
        }
    }

    @MigrationTest(releases = {"1", "3"})
    static class OnlyReleases {
        @EachRelease
        void release(ReleaseStep release) {
        }
    }
}
