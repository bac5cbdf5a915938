package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A check that throws where nothing should (here: the cast the data check compares through raises for one value) fails
 * its own verdicts with a message naming the check, the phase and the table; the step still ends with every other
 * verdict, in the summary and in the report. The failing-cast history: V2 turns a text column into a composite type
 * whose cast back to text raises for one row.
 */
class UnexpectedFailureTest {

    private static EngineExecutionResults results;
    private static Path reports;

    @BeforeAll
    static void rehearse() throws IOException {
        reports = Files.createTempDirectory("migrationtest-reports");
        results = run(FailingCast.class, Map.of("migrationtest.report.directory", reports.toString()));
    }

    @Test
    void checkThatThrowsFailsItsVerdictsNamingCheckPhaseAndTableAndTheStepKeepsItsOtherVerdicts() {
        String failure = " not judged: the data check failed inside the harness after the forward run: the fingerprint of"
                + " public.labels failed: ERROR: label_code 13 cannot be printed Where: PL/pgSQL function"
                + " label_code_text(label_code) line 4 at RAISE. Unless that failure comes from the migration's own objects"
                + " (a function, a cast, a trigger), please report it to MigrationTest with this message. The step's other"
                + " checks ran.";
        assertThat(message(results, "V2 code to label code")).hasValue("V2 code to label code failed 3 checks:\n"
                + Stream.of("DATA_PRESERVED", "DATA_RESTORED", "DATA_REPRODUCED").map(c -> "V2 code to label code: " + c + failure)
                        .collect(Collectors.joining("\n")));
        MigrationStep v2 = FailingCast.seen.get(1);
        assertThat(v2.verdicts()).filteredOn(v -> !v.check().name().startsWith("DATA"))
                .allMatch(v -> v.outcome() == Verdict.Outcome.PASSED, "passed")
                .extracting(Verdict::check).contains(Check.FORWARD, Check.BACK, Check.AGAIN, Check.BLOCKING, Check.LOCK_RULES);
    }

    @Test
    void stepThatHadAFailingCheckIsStillInTheSummaryAndTheReport() throws IOException {
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        assertThat(FailingCast.seen).extracting(MigrationStep::version).containsExactly("1", "2");
        String json = Files.readString(reports.resolve("FailingCast").resolve("report.json"));
        assertThat(json.substring(json.indexOf("\"version\": \"2\""))).contains("\"passed\": false",
                "V2 code to label code: DATA_PRESERVED not judged: the data check failed inside the harness after the forward run");
    }

    @MigrationTest(locations = "classpath:histories/failing-cast/migration", undoLocations = "classpath:histories/failing-cast/undo")
    static class FailingCast {
        static final List<MigrationStep> seen = new CopyOnWriteArrayList<>();

        @EachMigration
        void rehearsed(MigrationStep step) {
            seen.add(step);
        }
    }
}
