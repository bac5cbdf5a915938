package io.github.migrationtest;

import static io.github.migrationtest.OldApplicationTest.HISTORIES;
import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Template.N;
import static io.github.migrationtest.testing.Template.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.assertj.MigrationAssertions;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.testing.Release1;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** What a test or a script accepts of the old application's failures, and the assertions on it. */
class OldApplicationAllowancesTest {

    @Test
    void scriptDeclarationAllowsTheSqlStateAndIsShownWithItsReason() {
        EngineExecutionResults results = run(Declared.class);

        assertThat(outcome(results, "V2 rename customer email")).isEqualTo("SUCCESSFUL");
        assertMatches(Declared.step.verdict(Check.OLD_APPLICATION).message(), "old application: " + N + " calls before, " + N
                + " calls during, " + N + " calls after the forward run, no new error; p99 " + N + " ms;"
                + " accepted: allow-old-application-error 42703 (release 1 is switched off during this deploy)");
    }

    @Test
    void assertionsAllowTheSqlStateAndJudgeLatencyAndTheCheckItself() {
        EngineExecutionResults results = run(Asserted.class);
        StepResult step = (StepResult) Asserted.step;

        assertThat(outcome(results, "V2 rename customer email")).isEqualTo("SUCCESSFUL");
        assertThat(step.verdict(Check.OLD_APPLICATION).outcome()).isEqualTo(Verdict.Outcome.PASSED);
        MigrationAssertions.assertThat(step).keepsOldApplicationWorking().keepsOldApplicationLatencyUnder(Duration.ofMinutes(5));
        assertThatThrownBy(() -> MigrationAssertions.assertThat(step).keepsOldApplicationLatencyUnder(Duration.ZERO))
                .satisfies(e -> assertMatches(e.getMessage(), "\nExpecting V2 rename customer email to keep"
                        + " the old application's p99 latency under 0 ms but it was " + N + " ms during the forward run (p50 " + N
                        + " ms, p95 " + N + " ms, " + N + " calls)"));
    }

    @Test
    void keepsOldApplicationWorkingWithoutOldApplicationSaysWhatToDeclare() {
        run(Undeclared.class);

        assertThat(Undeclared.step.verdicts()).extracting(Verdict::check).doesNotContain(Check.OLD_APPLICATION);
        assertThatThrownBy(() -> MigrationAssertions.assertThat(Undeclared.step).keepsOldApplicationWorking())
                .hasMessage("\nExpecting V2 rename customer email to keep the old application working"
                        + " but no old application ran: declare @OldApplication(workload = …) on the test class.");
    }

    @MigrationTest(locations = HISTORIES + "rename-allowed/migration", undoLocations = HISTORIES + "rename-allowed/undo", seedAt = "1", rows = 20)
    @OldApplication(workload = Release1.class, threads = 2)
    static class Declared {
        static MigrationStep step;

        @EachMigration
        void step(MigrationStep step) {
            Declared.step = step;
        }
    }

    @MigrationTest(locations = HISTORIES + "rename/migration", undoLocations = HISTORIES + "rename/undo", seedAt = "1", rows = 20)
    @OldApplication(workload = Release1.class, threads = 2)
    static class Asserted {
        static MigrationStep step;

        @EachMigration
        void step(MigrationStep step) {
            Asserted.step = step;
            MigrationAssertions.assertThat(step).allowsOldApplicationError("42703", "release 1 is switched off during this deploy");
        }
    }

    @MigrationTest(locations = HISTORIES + "rename/migration", undoLocations = HISTORIES + "rename/undo", seedAt = "1", rows = 20)
    static class Undeclared {
        static MigrationStep step;

        @EachMigration
        void step(MigrationStep step) {
            Undeclared.step = step;
        }
    }
}
