package io.github.migrationtest;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.assertj.MigrationSoftAssertions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Step assertions fail through AssertJ's assertion info: {@code as(…)} and {@code overridingErrorMessage(…)} reach the
 * message; without a description the sentence names the step once, and soft assertions keep AssertJ's layout.
 */
class AssertionDescriptionTest {

    private static final String FAILED = "Expecting V2 add nickname to restore the schema (SCHEMA_RESTORED) but it did not:\n";
    private static final String UNDO = "classpath:io/github/migrationtest/histories/down-forgets-index/undo/U2__add_nickname.sql";
    private static final String NOT_RESTORED = "down script " + UNDO + " does not restore the schema (1 difference, before V2"
            + " → after its down script):\n  index public.customers_full_name_idx: (absent) → CREATE INDEX customers_full_name_idx"
            + " ON public.customers USING btree (full_name)";
    /** AssertJ ends each collected message with the test line that made the assertion. */
    private static final String AT_TEST_LINE = "\nat AssertionDescriptionTest\\$SoftlyReversible\\.reversible\\(AssertionDescriptionTest\\$SoftlyReversible\\.java:\\d+\\)";

    @Test
    void describedAssertionSaysWhereItIsBeforeTheSentence() {
        // GIVEN V2's down script forgets an index, and the test describes its assertion as "release 1.4"
        // WHEN the class runs
        EngineExecutionResults results = run(DescribedAsRelease.class, Map.of());

        // THEN the failure starts with the description, then names the step once
        assertThat(message(results, "V2 add nickname")).hasValueSatisfying(m -> assertThat(m).startsWith("[release 1.4] " + FAILED));
    }

    @Test
    void softAssertionsListEachFailureAsOneSentenceNamingTheStepOnceWithItsDetailBelow() {
        // GIVEN V2's down script forgets an index, and the test asserts softly that V2 is reversible and, as "release 1.4", irreversible
        // WHEN the class runs
        EngineExecutionResults results = run(SoftlyReversible.class, Map.of());

        // THEN AssertJ's layout holds both: each failure starts with its sentence, the step named once, the detail below
        assertThat(message(results, "V2 add nickname")).hasValueSatisfying(m -> assertThat(m.replaceAll(AT_TEST_LINE, ""))
                .isEqualTo(String.join("\n", "",
                        "Multiple Failures (2 failures)",
                        "-- failure 1 --", FAILED + NOT_RESTORED,
                        "-- failure 2 --", "[release 1.4] Expecting V2 add nickname to be irreversible but it has a down script: " + UNDO)));
    }

    @Test
    void overridingErrorMessageReplacesTheSentence() {
        EngineExecutionResults results = run(OverridesMessage.class, Map.of());

        assertThat(message(results, "V2 add nickname")).hasValue("[release 1.4] every release must be reversible");
    }

    @MigrationTest(locations = HISTORIES + "down-forgets-index/migration", undoLocations = HISTORIES + "down-forgets-index/undo")
    static class DescribedAsRelease {
        @EachMigration
        void reversible(MigrationStep step) {
            assertThat(step).as("release 1.4").isReversible();
        }
    }

    @MigrationTest(locations = HISTORIES + "down-forgets-index/migration", undoLocations = HISTORIES + "down-forgets-index/undo")
    static class SoftlyReversible {
        @EachMigration
        void reversible(MigrationStep step) {
            MigrationSoftAssertions softly = new MigrationSoftAssertions();
            softly.assertThat(step).isReversible();
            if (step.version().equals("2")) {
                softly.assertThat(step).as("release 1.4").isIrreversible();
            }
            softly.assertAll();
        }
    }

    @MigrationTest(locations = HISTORIES + "down-forgets-index/migration", undoLocations = HISTORIES + "down-forgets-index/undo")
    static class OverridesMessage {
        @EachMigration
        void reversible(MigrationStep step) {
            assertThat(step).as("release 1.4").overridingErrorMessage("every release must be reversible").isReversible();
        }
    }
}
