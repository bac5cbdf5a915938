package io.github.migrationtest;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a class leaves behind: report.json for tools, report.html for people. */
class ReportTest {

    @TempDir
    Path reports;

    @Test
    void jsonReportHoldsEveryStepWithItsFinalVerdictAndTheChecksTheTestTookOver() throws IOException {
        run(AcceptsIrreversibleV2.class, Map.of("migrationtest.report.directory", reports.toString()))
                .testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

        String json = Files.readString(reports.resolve("AcceptsIrreversibleV2").resolve("report.json"));

        assertThat(json).contains("\"testClass\": \"" + AcceptsIrreversibleV2.class.getName() + "\"");
        assertThat(step(json, "1")).contains("\"passed\": true", "\"judgedByTest\": []", "\"check\": \"SCHEMA_RESTORED\"");
        assertThat(step(json, "2")).contains("\"passed\": true", "\"judgedByTest\": [\n        \"DOWN_SCRIPT\"\n      ]",
                "V2 create orders has no down script: expected U2__create_orders.sql in " + HISTORIES + "missing-down/undo.");
    }

    @Test
    void failedStepIsFailedInBothReportsWithItsMessage() throws IOException {
        run(ForgetsIndex.class, Map.of("migrationtest.report.directory", reports.toString()))
                .testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
        Path dir = reports.resolve("ForgetsIndex");

        assertThat(step(Files.readString(dir.resolve("report.json")), "2")).contains("\"passed\": false",
                "does not restore the schema");
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains("<h2 class=\"FAILED\">V2 add nickname</h2>", "<h2 class=\"PASSED\">V1 create customers</h2>", "<svg");
    }

    /** The JSON object of one step, from its version to the next step's. */
    private static String step(String json, String version) {
        int start = json.indexOf("\"version\": \"" + version + "\"");
        assertThat(start).as("step " + version + " in report.json").isNotNegative();
        int next = json.indexOf("\"version\": ", start + 1);
        return json.substring(start, next < 0 ? json.length() : next);
    }

    @MigrationTest(locations = HISTORIES + "missing-down/migration", undoLocations = HISTORIES + "missing-down/undo")
    static class AcceptsIrreversibleV2 {
        @EachMigration
        void step(MigrationStep step) {
            if (step.version().equals("2")) {
                assertThat(step).isIrreversible();
            }
        }
    }

    @MigrationTest(locations = HISTORIES + "down-forgets-index/migration", undoLocations = HISTORIES + "down-forgets-index/undo")
    static class ForgetsIndex {
        @EachMigration
        void step(MigrationStep step) {
        }
    }
}
