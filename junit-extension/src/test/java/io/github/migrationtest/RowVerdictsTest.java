package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Rows added, replaced or gone get the verdict that matches what happened, with counts that add up. The row-verdicts
 * history: V2 inserts into an empty table without a key, V3 deletes a member and inserts it again under a new
 * generated id, V4 inserts into a table without a key that holds rows, V5 deletes one of its rows and inserts two,
 * V6 inserts into a table without a key too big to compare row by row (100,000 rows), V7 inserts 500 rows into a table with a key and 1,000 rows (too many to compare by examples), V8 deletes one of
 * them and inserts 200, V9 inserts 500 rows into a table with a key and 100,000 rows (too many to count by key).
 */
class RowVerdictsTest {

    private static final String FIX_FORWARD = ". If this is intended, declare it in the script (-- migrationtest: loses-data …) or the test (losesDataOnlyIn); otherwise fix the migration's"
            + " UPDATE, DELETE, DROP or USING clause.";
    private static EngineExecutionResults results;

    @BeforeAll
    static void rehearse() {
        results = run(RowVerdicts.class);
    }

    @Test
    void insertIntoAnEmptyTableWithoutKeyKeepsData() {
        MigrationStep v2 = step("2");

        assertThat(v2.dataChanges()).extracting(DataChange::kind, DataChange::isLoss, DataChange::message).containsExactly(
                tuple(DataChange.Kind.ROWS_ADDED, false, "migration keeps data: public.counters gains 1 row (0 → 1), none lost"));
        assertThat(v2.verdicts()).allMatch(v -> v.outcome() == Verdict.Outcome.PASSED, "passed");
    }

    @Test
    void deleteAndReInsertUnderANewKeyIsReportedAsOtherRowsNotAsAColumnThatDiffersInMoreRowsThanItHas() {
        assertThat(message(results, "V3 reinsert member")).hasValue("V3 reinsert member: migration loses data: public.members"
                + " has as many rows as before (1) but not the same ones; e.g. id=1 deleted, id=2 added" + FIX_FORWARD);
        assertThat(step("3").dataChanges()).extracting(DataChange::place).containsExactly("public.members");
        assertThat(step("3").verdict(Check.DATA_RESTORED).outcome()).isEqualTo(Verdict.Outcome.PASSED);
        assertThat(step("3").verdict(Check.DATA_REPRODUCED).outcome()).as("forward again inserts Ada as id 3: compared by content")
                .isEqualTo(Verdict.Outcome.PASSED);
    }

    @Test
    void insertIntoATableWithoutKeyThatKeepsEveryEarlierRowKeepsData() {
        MigrationStep v4 = step("4");

        assertThat(v4.dataChanges()).extracting(DataChange::message)
                .containsExactly("migration keeps data: public.visits gains 1 row (3 → 4), none lost");
        assertThat(v4.verdicts()).allMatch(v -> v.outcome() == Verdict.Outcome.PASSED, "passed");
    }

    @Test
    void tableWithoutKeyThatGainedRowsButLostOneSaysHowManyWent() {
        assertThat(message(results, "V5 replace visit")).hasValue("V5 replace visit: migration loses data: public.visits has"
                + " 5 rows instead of 4 (1 more); 1 row of before is gone (the table has no key to name it by)" + FIX_FORWARD);
    }

    @Test
    void tableWithoutKeyTooBigToCompareRowByRowSaysItCannotTell() {
        assertThat(message(results, "V6 add page view")).hasValue("V6 add page view: migration changes data: public.page_views"
                + " has 100,001 rows instead of 100,000 (1 more); the table has no key, so whether any row went cannot be told"
                + " (give it a primary key)" + FIX_FORWARD);
    }

    @Test
    void manyRowsInsertedIntoATableWithAKeyAreNoLossWhenEveryEarlierKeyIsStillThere() {
        MigrationStep v7 = step("7");

        assertThat(v7.dataChanges()).extracting(DataChange::message)
                .containsExactly("migration keeps data: public.orders gains 500 rows (1,000 → 1,500), none lost");
        assertThat(v7.verdicts()).allMatch(v -> v.outcome() == Verdict.Outcome.PASSED, "passed");
    }

    @Test
    void tableWithAKeyThatGainedManyRowsButLostOneSaysHowManyWent() {
        assertThat(message(results, "V8 replace orders")).hasValue("V8 replace orders: migration loses data: public.orders"
                + " has 1,699 rows instead of 1,500 (199 more); 1 row of before is gone (counted by key)" + FIX_FORWARD);
        assertThat(step("8").verdict(Check.DATA_RESTORED).outcome()).isEqualTo(Verdict.Outcome.PASSED);
    }

    @Test
    void tableWithAKeyTooBigToCountByKeySaysItWasNotCounted() {
        assertThat(message(results, "V9 more events")).hasValue("V9 more events: migration changes data: public.events has"
                + " 100,500 rows instead of 100,000 (500 more); whether any row went was not counted (more than 100,000 rows"
                + " on a side)" + FIX_FORWARD);
    }

    private static MigrationStep step(String version) {
        return RowVerdicts.seen.stream().filter(s -> s.version().equals(version)).findFirst().orElseThrow();
    }

    @MigrationTest(locations = "classpath:histories/row-verdicts/migration", undoLocations = "classpath:histories/row-verdicts/undo")
    static class RowVerdicts {
        static final List<MigrationStep> seen = new CopyOnWriteArrayList<>();

        @EachMigration
        void rehearsed(MigrationStep step) {
            seen.add(step);
        }
    }
}
