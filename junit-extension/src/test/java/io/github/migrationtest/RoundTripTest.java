package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.EngineRuns.testNames;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Every migration runs forward, back and forward again; each defect of a history fails its own step. */
class RoundTripTest {

    @Test
    void goodHistoryPassesEveryStepInVersionOrder() {
        EngineExecutionResults results = run(GoodHistory.class);

        assertThat(testNames(results)).containsExactly("V1 create customers", "V2 create orders", "V3 index email");
        results.testEvents().assertStatistics(s -> s.started(3).succeeded(3).failed(0));
        assertThat(GoodHistory.seen).extracting(MigrationStep::version).containsExactly("1", "2", "3");
        assertThat(GoodHistory.seen.get(1).schemaChanges()).extracting(SchemaDifference::toString).contains(
                "enum public.order_status: (absent) → ENUM ('new', 'paid', 'shipped')");
        assertThat(GoodHistory.seen).allSatisfy(step -> {
            assertThat(step.backTime()).isPresent();
            assertThat(step.againTime()).isPresent();
            assertThat(step.verdicts()).allMatch(v -> v.outcome() == Verdict.Outcome.PASSED);
        });
    }

    @Test
    void missingDownScriptFailsItsStepNamingVersionAndLocation() {
        EngineExecutionResults results = run(MissingDown.class);

        assertThat(outcome(results, "V1 create customers")).isEqualTo("SUCCESSFUL");
        assertThat(message(results, "V2 create orders")).hasValue(
                "V2 create orders has no down script: expected U2__create_orders.sql in " + HISTORIES + "missing-down/undo."
                        + " Write one that reverts V2, or set @MigrationTest(requireUndo = FALSE) to accept irreversible migrations.");
    }

    @Test
    void requireUndoFalseReportsStepAsIrreversibleAndPasses() {
        EngineExecutionResults results = run(MissingDownAccepted.class);

        results.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        assertThat(MissingDownAccepted.seen.get(1).verdict(Check.DOWN_SCRIPT).message()).isEqualTo(
                "V2 create orders is irreversible: no U2__create_orders.sql (requireUndo is off), so back and again were skipped.");
    }

    @Test
    void downScriptThatForgetsAnIndexFailsNamingTheIndexAndBothSides() {
        EngineExecutionResults results = run(DownForgetsIndex.class);

        assertThat(message(results, "V2 add nickname")).hasValue(
                "V2 add nickname: down script " + HISTORIES + "down-forgets-index/undo/U2__add_nickname.sql does not restore the schema"
                        + " (1 difference, before V2 → after its down script):\n"
                        + "  index public.customers_full_name_idx: (absent) → CREATE INDEX customers_full_name_idx ON public.customers USING btree (full_name)");
    }

    @Test
    void downScriptThatChangesAColumnTypeFailsNamingTheColumn() {
        EngineExecutionResults results = run(DownChangesType.class);

        assertThat(message(results, "V2 widen email")).hasValue(
                "V2 widen email: down script " + HISTORIES + "down-changes-type/undo/U2__widen_email.sql does not restore the schema"
                        + " (1 difference, before V2 → after its down script):\n"
                        + "  column public.customers.email: character varying(200) NOT NULL → text NOT NULL");
    }

    @Test
    void failingDownScriptReportsScriptLineAndSqlStateAndLaterStepsAreStillJudged() {
        EngineExecutionResults results = run(DownFails.class);

        assertThat(message(results, "V2 index full name")).hasValue(
                "V2 index full name: down script failed: " + HISTORIES + "down-fails/undo/U2__index_full_name.sql line 2:"
                        + " SQLSTATE 42704 index \"customers_fullname_idx\" does not exist (in: DROP INDEX)");
        assertThat(outcome(results, "V3 add phone")).isEqualTo("SUCCESSFUL");
    }

    @Test
    void downScriptThatLeavesATableBehindMakesForwardAgainFail() {
        EngineExecutionResults results = run(ReapplyFails.class);

        assertThat(message(results, "V2 create audit")).hasValue(String.join("\n",
                "V2 create audit failed 2 checks:",
                "V2 create audit: down script " + HISTORIES + "reapply-fails/undo/U2__create_audit.sql does not restore the schema"
                        + " (1 difference, before V2 → after its down script):",
                "  table public.audit: (absent) → TABLE (id bigint NOT NULL GENERATED ALWAYS AS IDENTITY, note text NOT NULL)",
                "V2 create audit: forward again after the down script failed: " + HISTORIES + "reapply-fails/migration/V2__create_audit.sql line 1:"
                        + " SQLSTATE 42P07 relation \"audit\" already exists (in: CREATE TABLE audit ()",
                "  The down script left behind something that V2 creates (a table, a column, data); make the down script remove everything V2 adds."));
    }

    @Test
    void forwardSyntaxErrorReportsScriptLineAndSqlStateAndLaterStepFailsNamingIt() {
        EngineExecutionResults results = run(SyntaxError.class);

        assertThat(message(results, "V2 create invoices")).hasValue(
                "V2 create invoices: forward migration failed: " + HISTORIES + "syntax-error/migration/V2__create_invoices.sql line 5:"
                        + " SQLSTATE 42601 syntax error at or near \"TABEL\" (in: CREATE TABEL invoice_lines ()\n"
                        + "  It left nothing behind (its transaction was rolled back).");
        assertThat(outcome(results, "V3 add phone")).isEqualTo("FAILED");
        assertThat(message(results, "V3 add phone")).hasValue("V3 add phone was not rehearsed: the database cannot be brought to"
                + " V2 create invoices before this step, because V2 create invoices fails forward: " + HISTORIES
                + "syntax-error/migration/V2__create_invoices.sql line 5: SQLSTATE 42601 syntax error at or near \"TABEL\""
                + " (in: CREATE TABEL invoice_lines (). Fix V2 create invoices first; its own step says more.");
    }

    @Test
    void failedConcurrentIndexReportsTheInvalidIndexItLeftBehind() {
        EngineExecutionResults results = run(InvalidIndex.class);

        assertThat(message(results, "V3 unique full name")).hasValueSatisfying(m -> assertThat(m)
                .startsWith("V3 unique full name: forward migration failed: " + HISTORIES + "invalid-index/migration/V3__unique_full_name.sql line 1:"
                        + " SQLSTATE 23505 could not create unique index \"customers_full_name_key\" — Key (full_name)=(Ada) is duplicated.")
                .endsWith("  It left behind (fix or drop by hand before retrying in production):\n"
                        + "  index public.customers_full_name_key: (absent) → CREATE UNIQUE INDEX customers_full_name_key ON public.customers USING btree (full_name) INVALID"));
    }

    @MigrationTest(locations = HISTORIES + "good/migration", undoLocations = HISTORIES + "good/undo")
    static class GoodHistory {
        static final List<MigrationStep> seen = new ArrayList<>();

        @EachMigration
        void roundTrips(MigrationStep step) {
            seen.add(step);
        }
    }

    @MigrationTest(locations = HISTORIES + "missing-down/migration", undoLocations = HISTORIES + "missing-down/undo")
    static class MissingDown {
        @EachMigration
        void roundTrips(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "missing-down/migration", undoLocations = HISTORIES + "missing-down/undo",
            requireUndo = MigrationTest.Requirement.FALSE)
    static class MissingDownAccepted {
        static final List<MigrationStep> seen = new ArrayList<>();

        @EachMigration
        void roundTrips(MigrationStep step) {
            seen.add(step);
        }
    }

    @MigrationTest(locations = HISTORIES + "down-forgets-index/migration", undoLocations = HISTORIES + "down-forgets-index/undo")
    static class DownForgetsIndex {
        @EachMigration
        void roundTrips(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "down-changes-type/migration", undoLocations = HISTORIES + "down-changes-type/undo")
    static class DownChangesType {
        @EachMigration
        void roundTrips(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "down-fails/migration", undoLocations = HISTORIES + "down-fails/undo")
    static class DownFails {
        @EachMigration
        void roundTrips(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "reapply-fails/migration", undoLocations = HISTORIES + "reapply-fails/undo")
    static class ReapplyFails {
        @EachMigration
        void roundTrips(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "syntax-error/migration", undoLocations = HISTORIES + "syntax-error/undo")
    static class SyntaxError {
        @EachMigration
        void roundTrips(MigrationStep step) {
        }
    }

    @MigrationTest(locations = HISTORIES + "invalid-index/migration", undoLocations = HISTORIES + "invalid-index/undo")
    static class InvalidIndex {
        @EachMigration
        void roundTrips(MigrationStep step) {
        }
    }
}
