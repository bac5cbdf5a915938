package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.migrationtest.internal.engine.StepResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Steps around a materialized view, a view, a partitioned table with two partitions and a foreign table (file_fdw) get
 * verdicts like any other: the probes read the materialized view (LOCK TABLE refuses it), the lock trace sees it
 * rewritten, fingerprints count the partitions' rows in their parent. The relation-kinds history: V1 creates them,
 * V2 alters the tables behind them and refreshes the materialized view (holding its locks 0.3 s), V3 rebuilds it, V4 deletes two rows of a
 * partition (and its down script does not put them back), V5 detaches that partition, V6 attaches it again.
 */
class RelationKindsTest {

    private static EngineExecutionResults results;

    @BeforeAll
    static void rehearse() {
        // V2 holds its locks 0.3 s; the limit leaves that alone, the figures are asserted instead
        results = run(RelationKinds.class, Map.of("migrationtest.locks.max-blocked", "5s"));
    }

    @Test
    void everyStepEndsInAVerdictAndOnlyTheDataDefectFails() {
        results.testEvents().assertStatistics(s -> s.started(6).succeeded(5).failed(1));
        assertThat(RelationKinds.seen).extracting(MigrationStep::version).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(RelationKinds.seen.subList(0, 3)).allSatisfy(step ->
                assertThat(step.verdicts()).allMatch(v -> v.outcome() == Verdict.Outcome.PASSED, "passed"));
    }

    @Test
    void probesReadTheMaterializedViewAndThePartitionsWhileTheStepRuns() {
        MigrationStep v2 = RelationKinds.seen.get(1);

        assertThat(v2.blockedTables()).filteredOn(t -> t.phase().equals("forward")).extracting(BlockedTable::table)
                .containsExactlyInAnyOrder("public.authors", "public.author_stats", "public.events", "public.events_2024",
                        "public.events_2025");
        assertThat(v2.blockedTables()).filteredOn(t -> t.table().equals("public.author_stats") && t.phase().equals("forward"))
                .singleElement().satisfies(t -> {
                    assertThat(t.longestBlockedRead()).as("REFRESH holds ACCESS EXCLUSIVE until the commit, 0.3 s later")
                            .isGreaterThanOrEqualTo(Duration.ofMillis(300));
                    assertThat(t.longestBlockedWrite()).as("nothing writes to a materialized view; no writer probes it")
                            .isEqualTo(Duration.ZERO);
                });
    }

    @Test
    void lockTraceSeesTheRefreshRewriteTheMaterializedView() {
        assertThat(((StepResult) RelationKinds.seen.get(1)).rewrites())
                .isEqualTo(Map.of("public.author_stats", "line 3: REFRESH MATERIALIZED VIEW author_stats"));
        assertThat(RelationKinds.seen.get(2).rewrittenTables()).as("dropped and created again: a new relation").isEmpty();
    }

    @Test
    void lockRuleInformationOnTheOneRowMaterializedViewCountsOneRow() {
        assertThat(RelationKinds.seen.get(2).verdict(Check.LOCK_RULES).message()).startsWith("INFO at line 1: DROP MATERIALIZED"
                + " VIEW author_stats takes ACCESS EXCLUSIVE on public.author_stats (1 row) and 3 more statements run in the"
                + " same transaction");
    }

    @Test
    void rowsDeletedFromAPartitionAreLostRowsOfItsPartitionedTable() {
        String deleted = "public.events has 298 rows instead of 300 (2 fewer); e.g. (id, at)=(250, '2025-02-06') deleted,"
                + " (id, at)=(300, '2025-03-28') deleted";
        assertThat(message(results, "V4 delete some events")).hasValue(String.join("\n", "V4 delete some events failed 2 checks:",
                "V4 delete some events: migration loses data: " + deleted + ". If this is intended, declare it in the script (-- migrationtest: loses-data …) or the test (losesDataOnlyIn);"
                        + " otherwise fix the migration's UPDATE, DELETE, DROP or USING clause.",
                "V4 delete some events: down script does not restore data: " + deleted + ". Make the down script put these"
                        + " values back (a column dropped by the migration comes back empty; keep a copy of its data in the"
                        + " migration if it must be reversible)."));
    }

    @Test
    void rowsOfADetachedOrAttachedPartitionAreMovedNotLost() {
        MigrationStep v5 = RelationKinds.seen.get(4);
        MigrationStep v6 = RelationKinds.seen.get(5);

        assertThat(v5.dataChanges()).extracting(DataChange::kind, DataChange::isLoss, DataChange::message).containsExactly(
                tuple(DataChange.Kind.ROWS_MOVED, false, "migration keeps data: public.events_2025 is detached from"
                        + " public.events with its 85 rows (298 → 213 in public.events), none lost"));
        assertThat(v6.dataChanges()).extracting(DataChange::kind, DataChange::isLoss, DataChange::message).containsExactly(
                tuple(DataChange.Kind.ROWS_MOVED, false, "migration keeps data: public.events_2025 becomes a partition of"
                        + " public.events with its 85 rows (213 → 298 in public.events), none lost"));
        assertThat(List.of(v5, v6)).allSatisfy(step -> assertThat(step.verdicts())
                .allMatch(v -> v.outcome() == Verdict.Outcome.PASSED, "passed"));
    }

    @MigrationTest(locations = "classpath:histories/relation-kinds/migration", undoLocations = "classpath:histories/relation-kinds/undo")
    static class RelationKinds {
        static final List<MigrationStep> seen = new CopyOnWriteArrayList<>();

        @EachMigration
        void rehearsed(MigrationStep step) {
            seen.add(step);
        }
    }
}
