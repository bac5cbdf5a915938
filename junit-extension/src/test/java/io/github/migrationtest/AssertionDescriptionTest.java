package io.github.migrationtest;

import static io.github.migrationtest.assertj.MigrationAssertions.assertThat;
import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Step assertions fail through AssertJ's assertion info: {@code as(…)} and {@code overridingErrorMessage(…)} reach the message. */
class AssertionDescriptionTest {

    private static final String FAILED = "Expecting V2 add nickname to pass SCHEMA_RESTORED but it failed:\n";

    @Test
    void describedAssertionSaysWhereItIsBeforeTheSentence() {
        // GIVEN V2's down script forgets an index, and the test describes its assertion as "release 1.4"
        // WHEN the class runs
        EngineExecutionResults results = run(DescribedAsRelease.class, Map.of());

        // THEN the failure starts with the description, then names the step once
        assertThat(message(results, "V2 add nickname")).hasValueSatisfying(m -> assertThat(m).startsWith("[release 1.4] " + FAILED));
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
    static class OverridesMessage {
        @EachMigration
        void reversible(MigrationStep step) {
            assertThat(step).as("release 1.4").overridingErrorMessage("every release must be reversible").isReversible();
        }
    }
}
