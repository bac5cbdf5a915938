package io.github.migrationtest;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.migrationtest.assertj.MigrationSoftAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/**
 * Every step's data is fingerprinted before forward, after forward, after back and after again; losses fail the step
 * unless the test declares them. Two histories of 300 customers: data-kept (every step keeps its data) and data-lost
 * (every step after V1 has one data defect).
 */
class DataPreservationTest {

    private static final String FIX_FORWARD = ". If this is intended, declare it in the script (-- migrationtest: loses-data …) or the test (losesDataOnlyIn); otherwise fix the migration's"
            + " UPDATE, DELETE, DROP or USING clause.";
    private static final String FIX_DOWN = ". Make the down script put these values back (a column dropped by the"
            + " migration comes back empty; keep a copy of its data in the migration if it must be reversible).";
    private static final String LONG_EMAILS = "id=50: 'customer50@example.com' → 'customer50@e', id=100:"
            + " 'customer100@example.com' → 'customer100@', id=150: 'customer150@example.com' → 'customer150@', id=200:"
            + " 'customer200@example.com' → 'customer200@', id=250: 'customer250@example.com' → 'customer250@', id=300:"
            + " 'customer300@example.com' → 'customer300@'";
    private static final String DELETED = "id=50 deleted, id=100 deleted, id=150 deleted, id=200 deleted, id=250 deleted,"
            + " id=300 deleted";

    /** Each test-case class is rehearsed once; the tests below read different steps of the same run. */
    private static final Map<Class<?>, EngineExecutionResults> RUNS = new ConcurrentHashMap<>();

    private static EngineExecutionResults rehearsed(Class<?> testCase) {
        return RUNS.computeIfAbsent(testCase, c -> run(c));
    }

    @Test
    void historyThatKeepsItsDataPassesEveryStep() {
        EngineExecutionResults results = rehearsed(DataKept.class);

        results.testEvents().assertStatistics(s -> s.started(6).succeeded(6).failed(0));
        assertThat(DataKept.steps()).allSatisfy(step -> assertThat(step.verdicts()).filteredOn(v -> v.check().name().startsWith("DATA"))
                .extracting(Verdict::toString).containsExactly("DATA_PRESERVED PASSED", "DATA_RESTORED PASSED", "DATA_REPRODUCED PASSED"));
    }

    @Test
    void correctRenameIsRecognisedAsARenameNotALoss() {
        rehearsed(DataKept.class);

        assertThat(DataKept.step("2").dataChanges()).extracting(DataChange::kind, DataChange::place, DataChange::message).containsExactly(
                tuple(DataChange.Kind.COLUMN_RENAMED, "public.customers.phone",
                        "migration keeps data: public.customers.phone is renamed to phone_number; all 300 values kept"));
    }

    @Test
    void wideningTypeChangeKeepsTheValues() {
        rehearsed(DataKept.class);

        assertThat(DataKept.step("3").schemaChanges()).extracting(SchemaDifference::toString)
                .containsExactly("column public.customers.visits: integer NOT NULL → bigint NOT NULL");
        assertThat(DataKept.step("3").dataChanges()).isEmpty();
    }

    @Test
    void backfillReportsTheRowsEachDataStatementTouched() {
        rehearsed(DataKept.class);

        assertThat(DataKept.step("4").statements()).singleElement().satisfies(run -> {
            assertThat(run.line()).isEqualTo(2);
            assertThat(run.statement()).isEqualTo("UPDATE customers SET display_name = first_name || ' ' || last_name");
            assertThat(run.rows()).isEqualTo(OptionalLong.of(300));
        });
        assertThat(DataKept.step("2").statements()).as("DDL alone is not measured").isEmpty();
    }

    @Test
    void columnFilledByNowIsNotReportedAsNotRepeatable() {
        rehearsed(DataKept.class);

        assertThat(DataKept.step("5").verdict(Check.DATA_REPRODUCED).outcome()).isEqualTo(Verdict.Outcome.PASSED);
    }

    @Test
    void insertedRowsAreNoLossAndReInsertingThemUnderNewKeysIsRepeatable() {
        rehearsed(DataKept.class);

        MigrationStep v6 = DataKept.step("6");
        assertThat(v6.dataChanges()).extracting(DataChange::message).containsExactly(
                "migration keeps data: public.customers gains 2 rows (300 → 302), none lost; e.g. id=301 added, id=302 added");
        assertThat(v6.verdict(Check.DATA_REPRODUCED).outcome()).as("forward again inserts them as id 303 and 304").isEqualTo(Verdict.Outcome.PASSED);
    }

    @Test
    void derivedColumnThatDiffersFromItsExpressionNamesTheRowsAndBothValues() {
        EngineExecutionResults results = rehearsed(WrongDerivation.class);

        String tenths = IntStream.rangeClosed(1, 10).mapToObj(i -> "id=" + i * 10 + ": NULL ≠ 'First" + i * 10 + "'")
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        assertThat(message(results, "V4 add display name")).hasValue("\nExpecting public.customers.display_name to equal concat_ws(' ', first_name, last_name) in every row after"
                + " V4 add display name but it differs in 30 of 300 rows (column ≠ expression); e.g. " + tenths);
        assertThat(WrongDerivation.failure.getExpected().getStringRepresentation()).startsWith("id=10: 'First10'\nid=20: 'First20'\n");
        assertThat(WrongDerivation.failure.getActual().getStringRepresentation()).startsWith("id=10: NULL\nid=20: NULL\n");
    }

    @Test
    void truncatingTypeChangeFailsForwardAndBackNamingTheTruncatedValues() {
        EngineExecutionResults results = rehearsed(DataLost.class);

        assertThat(outcome(results, "V1 create customers")).isEqualTo("SUCCESSFUL");
        assertThat(message(results, "V2 shorten email")).hasValue(String.join("\n",
                "V2 shorten email failed 2 checks:",
                "V2 shorten email: migration changes data: public.customers.email differs in 6 of 300 rows; e.g. " + LONG_EMAILS + FIX_FORWARD,
                "V2 shorten email: down script does not restore data: public.customers.email differs in 6 of 300 rows; e.g. " + LONG_EMAILS + FIX_DOWN));
    }

    @Test
    void losesDataOnlyInADroppedColumnAlsoAcceptsThatTheDownScriptCannotGiveItBackAndStillReportsIt() {
        // GIVEN V3 drops legacy_code, U3 re-adds it empty, and the test declares losesDataOnlyIn("customers.legacy_code")
        EngineExecutionResults results = rehearsed(DataLost.class);

        // THEN no down script could give those values back: DATA_RESTORED passes, and the empty column is still reported
        assertThat(outcome(results, "V3 drop legacy code")).isEqualTo("SUCCESSFUL");
        assertThat(DataLost.step("3").verdict(Check.DATA_RESTORED).toString()).isEqualTo("DATA_RESTORED PASSED: accepted:"
                + " the down script cannot give back public.customers.legacy_code, which the migration drops (a declared loss)");
        assertThat(DataLost.step("3").dataChanges()).filteredOn(c -> c.comparison() == DataChange.Comparison.ROUND_TRIP)
                .extracting(DataChange::message).containsExactly("down script does not restore data:"
                + " public.customers.legacy_code differs in 225 of 300 rows (NULLs: 75 → 300); e.g. id=1: 'L-1' → NULL,"
                + " id=2: 'L-2' → NULL, id=3: 'L-3' → NULL, id=5: 'L-5' → NULL, id=6: 'L-6' → NULL, id=7: 'L-7' → NULL,"
                + " id=9: 'L-9' → NULL, id=10: 'L-10' → NULL, id=11: 'L-11' → NULL, id=13: 'L-13' → NULL" + FIX_DOWN);
    }

    @Test
    void deleteInForwardIsReportedWithTheDeletedKeysAndItsRowCount() {
        EngineExecutionResults results = rehearsed(DataLost.class);

        assertThat(message(results, "V4 delete test customers")).hasValue(String.join("\n",
                "V4 delete test customers failed 2 checks:",
                "V4 delete test customers: migration loses data: public.customers has 294 rows instead of 300 (6 fewer); e.g. " + DELETED + FIX_FORWARD,
                "V4 delete test customers: down script does not restore data: public.customers has 294 rows instead of 300 (6 fewer); e.g. "
                        + DELETED + FIX_DOWN));
        assertThat(DataLost.step("4").statements()).extracting(StatementRun::statement, StatementRun::rows)
                .containsExactly(tuple("DELETE FROM customers WHERE id % 50 = 0", OptionalLong.of(6)));
    }

    @Test
    void updateThatNullsValuesIsReportedWithNullCounts() {
        EngineExecutionResults results = rehearsed(DataLost.class);

        String cleared = "public.customers.phone differs in 3 of 294 rows (NULLs: 0 → 3); e.g. id=1: '+1-555-0001' → NULL,"
                + " id=2: '+1-555-0002' → NULL, id=3: '+1-555-0003' → NULL";
        assertThat(message(results, "V5 clear phone")).hasValue(String.join("\n",
                "V5 clear phone failed 2 checks:",
                "V5 clear phone: migration changes data: " + cleared + FIX_FORWARD,
                "V5 clear phone: down script does not restore data: " + cleared + FIX_DOWN));
    }

    @Test
    void randomBackfillIsReportedAsNotRepeatable() {
        EngineExecutionResults results = rehearsed(DataLost.class);

        assertThat(message(results, "V6 score customers")).hasValue("V6 score customers: forward migration is not repeatable:"
                + " public.customers.score differs in at most 294 of 294 rows. Make the backfill idempotent: compute the new"
                + " value from its source columns, not from its own current value.");
    }

    @Test
    void declaringTheWrongPlaceNamesTheUndeclaredLossAndTheStaleDeclaration() {
        EngineExecutionResults results = rehearsed(WrongDeclarations.class);

        assertThat(message(results, "V3 drop legacy code")).hasValue(String.join("\n",
                "", "Expecting V3 drop legacy code to lose data only in [customers.email] but it also loses or changes data elsewhere:",
                "  migration loses data: column public.customers.legacy_code is gone with 225 non-NULL values in 300 rows" + FIX_FORWARD,
                "and it keeps all data in customers.email; remove that place from losesDataOnlyIn(…)"));
    }

    @Test
    void downScriptThatCannotGiveDroppedDataBackPassesWhenDeclaredAndNamesWhatElseItMisses() {
        EngineExecutionResults results = rehearsed(DeclaredIrrecoverable.class);

        assertThat(outcome(results, "V3 drop legacy code")).isEqualTo("SUCCESSFUL");
        assertThat(message(results, "V2 shorten email")).hasValue(String.join("\n",
                "", "Expecting V2 shorten email to restore all data except in [customers.phone] but its down"
                        + " script also fails to restore data elsewhere:",
                "  down script does not restore data: public.customers.email differs in 6 of 300 rows; e.g. " + LONG_EMAILS + FIX_DOWN,
                "and its down script restores all data in customers.phone; remove that place from restoresDataExceptIn(…)"));
    }

    @Test
    void softAssertionsCollectEveryDataFailure() {
        rehearsed(WrongDeclarations.class);

        // AssertJ appends the line where each soft failure was raised
        assertThat(WrongDeclarations.collected).extracting(e -> e.getMessage().replaceFirst("\nat \\S+\\(\\S+:\\d+\\)$", "")).containsExactly(
                "\nExpecting V4 delete test customers to keep the data it does not drop or change on purpose"
                        + " (DATA_PRESERVED) but it did not:\nmigration loses data: public.customers has 294 rows instead of 300 (6 fewer); e.g. "
                        + DELETED + FIX_FORWARD,
                "\nExpecting V4 delete test customers to restore the data (DATA_RESTORED)"
                        + " but it did not:\ndown script does not restore data: public.customers has 294 rows instead of 300"
                        + " (6 fewer); e.g. " + DELETED + FIX_DOWN);
    }

    @MigrationTest(locations = HISTORIES + "data-kept/migration", undoLocations = HISTORIES + "data-kept/undo")
    static class DataKept {
        static final List<MigrationStep> seen = new ArrayList<>();

        @EachMigration
        void keepsData(MigrationStep step) {
            seen.add(step);
            if (step.version().equals("4")) {
                assertThat(step).table("customers").column("display_name").isDerivedFrom("first_name || ' ' || last_name");
            }
            assertThat(step).preservesData();
        }

        static List<MigrationStep> steps() {
            return seen;
        }

        static MigrationStep step(String version) {
            return seen.stream().filter(s -> s.version().equals(version)).findFirst().orElseThrow();
        }
    }

    @MigrationTest(locations = HISTORIES + "data-kept/migration", undoLocations = HISTORIES + "data-kept/undo")
    static class WrongDerivation {
        static AssertionFailedError failure;

        @EachMigration
        void derivesDisplayName(MigrationStep step) {
            if (step.version().equals("4")) {
                try {
                    assertThat(step).table("customers").column("display_name").isDerivedFrom("concat_ws(' ', first_name, last_name)");
                } catch (AssertionFailedError e) {
                    failure = e;
                    throw e;
                }
            }
        }
    }

    @MigrationTest(locations = HISTORIES + "data-lost/migration", undoLocations = HISTORIES + "data-lost/undo")
    static class DataLost {
        static final List<MigrationStep> seen = new ArrayList<>();

        @EachMigration
        void onlyTheLegacyCodeGoes(MigrationStep step) {
            seen.add(step);
            if (step.version().equals("3")) {
                assertThat(step).losesDataOnlyIn("customers.legacy_code");
            }
        }

        static MigrationStep step(String version) {
            return seen.stream().filter(s -> s.version().equals(version)).findFirst().orElseThrow();
        }
    }

    @MigrationTest(locations = HISTORIES + "data-lost/migration", undoLocations = HISTORIES + "data-lost/undo")
    static class DeclaredIrrecoverable {
        @EachMigration
        void declares(MigrationStep step) {
            switch (step.version()) {
                case "2" -> assertThat(step).losesDataOnlyIn("customers.email").restoresDataExceptIn("customers.phone");
                case "3" -> assertThat(step).losesDataOnlyIn("customers.legacy_code").restoresDataExceptIn("customers.legacy_code");
                default -> { }
            }
        }
    }

    @MigrationTest(locations = HISTORIES + "data-lost/migration", undoLocations = HISTORIES + "data-lost/undo")
    static class WrongDeclarations {
        static final List<Throwable> collected = new ArrayList<>();

        @EachMigration
        void declares(MigrationStep step) {
            switch (step.version()) {
                case "3" -> assertThat(step).losesDataOnlyIn("customers.email");
                case "4" -> {
                    MigrationSoftAssertions softly = new MigrationSoftAssertions();
                    softly.assertThat(step).preservesData();
                    softly.assertThat(step).restoresData();
                    collected.addAll(softly.errorsCollected());
                    softly.assertAll();
                }
                default -> { }
            }
        }
    }
}
