package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectIteration;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.github.migrationtest.testing.ConsoleCapture;
import io.github.migrationtest.testing.Histories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A step that cannot be reached fails (never skipped), naming the migration that blocks it, and shows in the summary. */
class NotRehearsedTest {

    private static final String SYNTAX_ERROR = "SQLSTATE 42601 syntax error at or near \"TABEL\" (in: CREATE TABEL broken (id int))";

    @TempDir
    Path dir;

    @Test
    void forwardFailureAtV3FailsEveryLaterStepNamingV3AndTheSummaryListsAllSix() throws Exception {
        // GIVEN six migrations of which V3 does not run forward
        Map<String, String> configuration = Histories.write(dir, sixWithBrokenV3());

        // WHEN the class runs
        ConsoleCapture.Captured<EngineExecutionResults> run = ConsoleCapture.of(() -> run(EveryStep.class, configuration));

        // THEN V4..V6 fail, each blaming V3 and its script, and the summary lists all six with JUnit's counts
        run.result().testEvents().assertStatistics(s -> s.started(6).succeeded(2).failed(4).aborted(0));
        String v3 = "V3 create broken fails forward: " + Histories.migration(dir, "V3__create_broken.sql") + " line 1: " + SYNTAX_ERROR
                + ". Fix V3 create broken first; its own step says more.";
        assertThat(message(run.result(), "V4 add phone")).hasValue("V4 add phone was not rehearsed: the database cannot be brought to"
                + " V3 create broken before this step, because " + v3);
        assertThat(message(run.result(), "V6 add email")).hasValue("V6 add email was not rehearsed: the database cannot be brought to"
                + " V5 add note before this step, because " + v3);
        assertThat(run.lines()).contains("[migrationtest] MigrationTest summary for " + EveryStep.class.getName() + " (6 steps)",
                "[migrationtest]   2 passed, 4 failed");
        assertThat(run.lines()).filteredOn(line -> line.endsWith("FAILED: not rehearsed (V3 create broken fails forward)")).hasSize(3);
        // AND both reports hold all six, the unreached ones failed
        Path reports = dir.resolve("reports").resolve("EveryStep");
        String json = Files.readString(reports.resolve("report.json"));
        assertThat(json.split("\"version\": ")).hasSize(7);
        assertThat(json).contains("\"version\": \"6\",\n      \"description\": \"add email\"");
        assertThat(json.substring(json.indexOf("\"version\": \"6\""))).contains("\"passed\": false", "\"outcome\": \"FAILED\"",
                "\"summary\": \"FAILED: not rehearsed (V3 create broken fails forward)\"", "\"failure\": \"V6 add email was not rehearsed: ");
        assertThat(Files.readString(reports.resolve("report.html"))).contains("<h2 class=\"FAILED\">V6 add email</h2><p class=\"FAILED\">"
                + "FAILED: not rehearsed (V3 create broken fails forward)</p><pre>V6 add email was not rehearsed: ", "<h2 class=\"PASSED\">V2 add city</h2>");
    }

    @Test
    void aLaterStepRunAloneStillBlamesTheMigrationThatFails() throws Exception {
        // GIVEN the same history, and only V5's invocation selected (V3 is applied on the way, in one Flyway run)
        Map<String, String> configuration = Histories.write(dir, sixWithBrokenV3());

        // WHEN it runs
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").configurationParameters(configuration)
                .configurationParameter("migrationtest.database", "embedded")
                .selectors(selectIteration(selectMethod(EveryStep.class, "step", MigrationStep.class.getName()), 4)).execute();

        // THEN it fails naming V3 and V3's script, not V4's
        assertThat(message(results, "V5 add note")).hasValue("V5 add note was not rehearsed: the database cannot be brought to"
                + " V4 add phone before this step, because V3 create broken fails forward: " + Histories.migration(dir, "V3__create_broken.sql")
                + " line 1: " + SYNTAX_ERROR + ". Fix V3 create broken first; its own step says more.");
    }

    @Test
    void migrationBeforeSeedAtThatFailsFailsTheClassOnceAndEveryStepNamingIt() throws Exception {
        // GIVEN seedAt = 3, V2 does not run forward, and the seed cache is on
        Map<String, String> configuration = Histories.write(dir, sixWithBrokenV3());
        configuration.put("migrationtest.rows", "10");

        // WHEN the class runs
        ConsoleCapture.Captured<EngineExecutionResults> run = ConsoleCapture.of(() -> run(SeededAtV3.class, configuration));

        // THEN the class fails once with the seed point's problem, and V4..V6 fail with it, none skipped
        String problem = "the seed point V3 create broken (seedAt = \"3\") cannot be built, because V3 create broken fails forward: "
                + Histories.migration(dir, "V3__create_broken.sql") + " line 1: " + SYNTAX_ERROR
                + ". Fix V3 create broken first; no step of this class can be rehearsed until then.";
        run.result().testEvents().assertStatistics(s -> s.started(3).succeeded(0).failed(3).aborted(0));
        run.result().containerEvents().assertStatistics(s -> s.failed(1));
        assertThat(message(run.result(), "SeededAtV3")).hasValue("No step was rehearsed: " + problem);
        assertThat(message(run.result(), "V4 add phone")).hasValue("V4 add phone was not rehearsed: " + problem);
        assertThat(message(run.result(), "V6 add email")).hasValue("V6 add email was not rehearsed: " + problem);
        assertThat(run.lines()).contains("[migrationtest]   0 passed, 3 failed").noneMatch(line -> line.contains("is stopped"));
    }

    @Test
    void failingMigrationBeforeTheSeedPointIsBlamedNotTheSeedPoint() throws Exception {
        // GIVEN seedAt = 4, whose way passes through the failing V3
        Map<String, String> configuration = Histories.write(dir, sixWithBrokenV3());
        configuration.put("migrationtest.rows", "10");

        // WHEN the class runs
        EngineExecutionResults results = run(SeededAtV4.class, configuration);

        // THEN the steps name V3 and its script, not V4's
        assertThat(outcome(results, "V5 add note")).isEqualTo("FAILED");
        assertThat(message(results, "V5 add note")).hasValue("V5 add note was not rehearsed: the seed point V4 add phone (seedAt = \"4\")"
                + " cannot be built, because V3 create broken fails forward: " + Histories.migration(dir, "V3__create_broken.sql")
                + " line 1: " + SYNTAX_ERROR + ". Fix V3 create broken first; no step of this class can be rehearsed until then.");
    }

    static Map<String, String> sixWithBrokenV3() {
        Map<String, String> scripts = new TreeMap<>();
        scripts.put("V1__create_customers.sql", "CREATE TABLE customers (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text NOT NULL);");
        scripts.put("V2__add_city.sql", "ALTER TABLE customers ADD COLUMN city text;");
        scripts.put("V3__create_broken.sql", "CREATE TABEL broken (id int);");
        scripts.put("V4__add_phone.sql", "ALTER TABLE customers ADD COLUMN phone text;");
        scripts.put("V5__add_note.sql", "ALTER TABLE customers ADD COLUMN note text;");
        scripts.put("V6__add_email.sql", "ALTER TABLE customers ADD COLUMN email text;");
        for (String column : List.of("2:city", "4:phone", "5:note", "6:email")) {
            String[] v = column.split(":");
            String name = scripts.keySet().stream().filter(k -> k.startsWith("V" + v[0] + "__")).findFirst().orElseThrow();
            scripts.put("U" + name.substring(1), "ALTER TABLE customers DROP COLUMN " + v[1] + ";");
        }
        scripts.put("U1__create_customers.sql", "DROP TABLE customers;");
        scripts.put("U3__create_broken.sql", "DROP TABLE broken;");
        return scripts;
    }

    @MigrationTest
    static class EveryStep {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(seedAt = "3")
    static class SeededAtV3 {
        @EachMigration
        void step(MigrationStep step) {
        }
    }

    @MigrationTest(seedAt = "4")
    static class SeededAtV4 {
        @EachMigration
        void step(MigrationStep step) {
        }
    }
}
