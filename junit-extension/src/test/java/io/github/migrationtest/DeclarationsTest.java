package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.assertj.MigrationAssertions;
import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.testing.ConsoleCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Intended changes are declared where the migration is, in a comment of its forward script, and judged like the
 * matching assertion: the test method asserts the same for every step, with no switch on the version.
 */
class DeclarationsTest {

    private static final String SCRIPTS = HISTORIES + "declarations/migration/";
    private static EngineExecutionResults results;
    private static String console;
    @TempDir
    static Path reports;

    @BeforeAll
    static void rehearseTheDeclarationsHistory() {
        // 250 ms: V6's 0.5 s backfill breaks it by far, the quick steps stay well below it on a busy machine
        ConsoleCapture.Captured<EngineExecutionResults> captured =
                ConsoleCapture.of(() -> run(Declared.class, Map.of("migrationtest.locks.max-blocked", "250ms",
                        "migrationtest.report.directory", reports.toString())));
        results = captured.result();
        console = String.join("\n", captured.lines()) + "\n";
    }

    @Test
    void declaredLossOfALookupTablePassesAndIsShownAsAcceptedWithItsReason() throws IOException {
        // GIVEN V2 drops the 26-row lookup table category under "-- migrationtest: loses-data public.category (feature removed)"
        StepResult v2 = step("2");

        // THEN the test's preservesData() passes, and the console and the report say what was accepted and why
        assertThat(outcome(results, "V2 drop category")).isEqualTo("SUCCESSFUL");
        assertThat(v2.dataChanges()).extracting(DataChange::kind).containsExactly(DataChange.Kind.TABLE_DROPPED_WITH_DATA);
        assertThat(v2.verdict(Check.DATA_PRESERVED).toString())
                .isEqualTo("DATA_PRESERVED PASSED: accepted: loses-data public.category (feature removed)");
        assertThat(v2.accepted()).containsExactly("loses-data public.category (feature removed)");
        assertThat(console).containsPattern("V2 drop category +forward .* PASSED; accepted: loses-data public\\.category \\(feature removed\\)\n");
        assertThat(Files.readString(reports.resolve("Declared").resolve("report.json")))
                .contains("\"accepted\": [\n        \"loses-data public.category (feature removed)\"\n      ]");
        assertThat(Files.readString(reports.resolve("Declared").resolve("report.html")))
                .contains("<h2 class=\"PASSED\">V2 drop category</h2><p class=\"PASSED\">PASSED</p><p class=\"PASSED\">accepted: loses-data public.category"
                        + " (feature removed)</p>");
    }

    @Test
    void declaredRelabellingOfOneRowPasses() {
        assertThat(outcome(results, "V3 relabel status")).isEqualTo("SUCCESSFUL");
        assertThat(step("3").verdict(Check.DATA_PRESERVED).toString())
                .isEqualTo("DATA_PRESERVED PASSED: accepted: loses-data status.label (status 3 is called sent now)");
    }

    @Test
    void declaredAllowOfALockRulePassesWhileTheRuleIsStillReported() {
        // GIVEN V4 builds an index without CONCURRENTLY on a table of 200,000 production rows, allowed in the script
        StepResult v4 = step("4");

        assertThat(outcome(results, "V4 index event kind")).isEqualTo("SUCCESSFUL");
        assertThat(v4.lockRuleBreaches()).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo("create-index-without-concurrently");
            assertThat(b.severity()).isEqualTo("ERROR");
        });
        assertThat(v4.verdict(Check.LOCK_RULES).outcome()).isEqualTo(Verdict.Outcome.PASSED);
        assertThat(v4.accepted()).containsExactly("allow create-index-without-concurrently (table is append-only)");
        assertThat(v4.verdict(Check.DECLARATIONS).toString()).isEqualTo(
                "DECLARATIONS PASSED: accepted: allow create-index-without-concurrently (table is append-only)");
    }

    @Test
    void declaredLossOfADroppedColumnAlsoAcceptsThatTheDownScriptCannotGiveItBack() {
        StepResult v5 = step("5");

        assertThat(outcome(results, "V5 drop event note")).isEqualTo("SUCCESSFUL");
        assertThat(v5.dataChanges()).filteredOn(c -> c.comparison() == DataChange.Comparison.ROUND_TRIP)
                .extracting(DataChange::place).containsExactly("public.events.note");
        assertThat(v5.verdict(Check.DATA_RESTORED).toString()).isEqualTo("DATA_RESTORED PASSED: accepted: the down script"
                + " cannot give back public.events.note, which the migration drops (a declared loss)");
    }

    @Test
    void declaredBlockingLimitReplacesTheConfiguredOne() {
        // GIVEN V6 holds ACCESS EXCLUSIVE over a 0.5 s backfill, beyond the configured 250 ms, and declares max-blocked 5s
        StepResult v6 = step("6");

        assertThat(outcome(results, "V6 add flag and backfill")).isEqualTo("SUCCESSFUL");
        assertThat(v6.longestBlockedWrite()).as("at least the 0.5 s the server slept under the lock")
                .isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(v6.verdict(Check.BLOCKING).message()).matches("longest lock wait \\d+ ms \\(at most 5000 ms\\);"
                + " probe latency p99 \\d+ ms, not lock waits");
        assertThat(v6.accepted()).containsExactly("max-blocked 5s (runs in the nightly maintenance window)",
                "allow statements-after-access-exclusive (runs in the nightly maintenance window)");
    }

    @Test
    void malformedAndUnknownDeclarationsFailTheStepNamingScriptLineTextAndTheForms() {
        String script = SCRIPTS + "V7__add_event_source.sql";

        assertThat(message(results, "V7 add event source")).hasValue(String.join("\n",
                "V7 add event source: " + script + " line 2: \"-- migrationtest: lose-data events.kind (typo in the form)\""
                        + " is not a declaration: \"lose-data\" is not one of the forms.",
                "V7 add event source: " + script + " line 4: \"--migrationtest: allow create-index-without-concurent (typo in"
                        + " the rule)\" is not a declaration: \"create-index-without-concurent\" is not a lock rule (the rules:"
                        + " constraint-without-not-valid, create-index-without-concurrently, drop-index-without-concurrently,"
                        + " foreign-key-without-index, missing-lock-timeout, rewrite-by-volatile-default, set-not-null-by-scan,"
                        + " statements-after-access-exclusive, type-change-rewrite, unique-constraint-builds-index,"
                        + " vacuum-full-or-cluster, varchar-shrink).",
                "V7 add event source: " + script + " line 5: \"-- migrationtest: loses-data events.source\" is not a"
                        + " declaration: the reason in parentheses is missing; a reviewer must be able to judge why.",
                "V7 add event source: " + HISTORIES + "declarations/undo/U7__add_event_source.sql line 1: \"-- migrationtest: allow"
                        + " drop-index-without-concurrently (written in the wrong script)\" is not read: declarations belong in the"
                        + " forward script; move it to V7__add_event_source.sql.",
                "  Write one of:",
                "    -- migrationtest: loses-data <table or table.column>[, …] (<reason>)",
                "    -- migrationtest: allow <lock rule> (<reason>)",
                "    -- migrationtest: max-blocked <duration such as 500ms> (<reason>)",
                "    -- migrationtest: allow-plan-change <critical query name> (<reason>)",
                "    -- migrationtest: allow-old-application-error <SQLSTATE such as 42703> (<reason>)",
                "    -- migrationtest: post-deploy [(<reason>)]"));
        assertThat(console).containsPattern("V7 add event source +forward .* FAILED: DECLARATIONS\n");
    }

    @Test
    void declaredLossInAnotherPlaceThanTheMigrationLosesDataFailsNamingBoth() {
        // GIVEN V8 deletes a row of status but declares "loses-data status.label"
        String judged = SCRIPTS + "V8__retire_last_status.sql line 1 declares loses-data"
                + " status.label (one status is retired), but it also loses or changes data elsewhere:\n"
                + "  migration loses data: public.status has 20 rows instead of 21 (1 fewer); e.g. id=21 deleted. If this is"
                + " intended, declare it in the script (-- migrationtest: loses-data …) or the test (losesDataOnlyIn);"
                + " otherwise fix the migration's UPDATE, DELETE, DROP or USING clause.\n"
                + "and it keeps all data in status.label; remove that place from the declaration";

        // THEN DATA_PRESERVED fails as losesDataOnlyIn would, and the test's preservesData() says so
        assertThat(step("8").verdict(Check.DATA_PRESERVED).toString()).isEqualTo("DATA_PRESERVED FAILED: V8 retire last status: " + judged);
        assertThat(step("8").accepted()).isEmpty();
        assertThat(message(results, "V8 retire last status")).hasValue("\nExpecting V8 retire last status to keep the data"
                + " it does not drop or change on purpose (DATA_PRESERVED) but it did not:\n" + judged);
    }

    private static StepResult step(String version) {
        return (StepResult) Declared.seen.get(version);
    }

    @MigrationTest(locations = HISTORIES + "declarations/migration", undoLocations = HISTORIES + "declarations/undo")
    @Rows(table = "events", count = 200_000)
    static class Declared {
        static final Map<String, MigrationStep> seen = new ConcurrentHashMap<>();

        @EachMigration
        void everyStepKeepsItsDataUnlessItsScriptSaysOtherwise(MigrationStep step) {
            seen.put(step.version(), step);
            MigrationAssertions.assertThat(step).preservesData();
        }
    }
}
