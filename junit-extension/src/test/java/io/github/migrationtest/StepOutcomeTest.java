package io.github.migrationtest;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.testing.ConsoleCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A step passes only if JUnit passed it, and console summary, report.json and report.html all say what JUnit said. */
class StepOutcomeTest {

    private static final String JUDGED = "Expecting V2 add nickname to restore the schema (SCHEMA_RESTORED) but it did not:";

    @TempDir
    Path reports;

    @Test
    void failedCheckThatTheTestTookOverAndFailedOnIsFailedEverywhere() throws Exception {
        // GIVEN V2's down script forgets an index, and the test asserts that V2 is reversible
        Map<String, String> configuration = Map.of("migrationtest.report.directory", reports.toString());

        // WHEN the class runs
        ConsoleCapture.Captured<EngineExecutionResults> run = ConsoleCapture.of(() -> run(AssertsReversible.class, configuration));

        // THEN JUnit, the summary, report.json and report.html all fail V2 and say that the test judged SCHEMA_RESTORED
        run.result().testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
        assertThat(message(run.result(), "V2 add nickname")).hasValueSatisfying(m -> assertThat(m).startsWith("\n" + JUDGED + "\n"));
        String verdict = "FAILED: SCHEMA_RESTORED judged by the test, which failed: " + JUDGED;
        assertThat(run.lines()).anyMatch(line -> line.startsWith("[migrationtest]   V2 add nickname ") && line.endsWith(verdict))
                .contains("[migrationtest]   1 passed, 1 failed");
        Path dir = reports.resolve("AssertsReversible");
        assertThat(step(Files.readString(dir.resolve("report.json")), "2")).contains("\"passed\": false", "\"outcome\": \"FAILED\"",
                "\"summary\": \"" + verdict + "\"", "\"failure\": \"" + JUDGED + "\\n", "\"judgedByTest\": [\n        \"SCHEMA_RESTORED\"\n      ]");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<h2 class=\"FAILED\">V2 add nickname</h2><p class=\"FAILED\">"
                + verdict + "</p>", "<h2 class=\"PASSED\">V1 create customers</h2><p class=\"PASSED\">PASSED</p>");
    }

    @Test
    void theTestsOwnFailureAndAbortCountAsJUnitCountsThem() throws Exception {
        // GIVEN a good history whose test aborts V1 (an assumption), fails V2 (its own assertion), and whose @AfterEach fails V3
        Map<String, String> configuration = Map.of("migrationtest.report.directory", reports.toString());

        // WHEN the class runs
        ConsoleCapture.Captured<EngineExecutionResults> run = ConsoleCapture.of(() -> run(OwnOutcomes.class, configuration));

        // THEN the summary shows JUnit's outcome per step and JUnit's counts
        assertThat(outcome(run.result(), "V1 create customers")).isEqualTo("ABORTED");
        assertThat(outcome(run.result(), "V2 create orders")).isEqualTo("FAILED");
        assertThat(run.lines()).anyMatch(line -> line.startsWith("[migrationtest]   V1 create customers ")
                        && line.endsWith("ABORTED: by the test: Assumption failed: not on this branch"))
                .anyMatch(line -> line.startsWith("[migrationtest]   V2 create orders ")
                        && line.endsWith("FAILED: the test failed: orders must be partitioned"))
                .anyMatch(line -> line.startsWith("[migrationtest]   V3 index email ") && line.endsWith("FAILED: after the step: cleanup failed"))
                .contains("[migrationtest]   0 passed, 2 failed, 1 aborted");
        assertThat(step(Files.readString(reports.resolve("OwnOutcomes").resolve("report.json")), "2"))
                .contains("\"passed\": false", "\"outcome\": \"FAILED\"", "\"failure\": \"orders must be partitioned\"");
    }

    /** The JSON object of one step, from its version to the next step's. */
    private static String step(String json, String version) {
        int start = json.indexOf("\"version\": \"" + version + "\"");
        assertThat(start).as("step " + version + " in report.json").isNotNegative();
        int next = json.indexOf("\"version\": ", start + 1);
        return json.substring(start, next < 0 ? json.length() : next);
    }

    @MigrationTest(locations = HISTORIES + "down-forgets-index/migration", undoLocations = HISTORIES + "down-forgets-index/undo")
    static class AssertsReversible {
        @EachMigration
        void step(MigrationStep step) {
            assertThat(step).isReversible();
        }
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo")
    static class OwnOutcomes {
        static String version;

        @EachMigration
        void step(MigrationStep step) {
            version = step.version();
            Assumptions.assumeFalse(step.version().equals("1"), "not on this branch");
            if (step.version().equals("2")) {
                throw new AssertionError("orders must be partitioned");
            }
        }

        @AfterEach
        void cleanUp() {
            if ("3".equals(version)) {
                throw new IllegalStateException("cleanup failed");
            }
        }
    }
}
