package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.assertj.MigrationAssertions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts with Flyway placeholders are traced and counted as Flyway runs them, placeholders replaced. */
class PlaceholderTraceTest {

    @Test
    void lockRulesAndRowCountsSeeTheScriptWithItsPlaceholdersReplaced() {
        run(ItemsTable.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

        MigrationStep v2 = ItemsTable.steps.get(1);
        assertThat(v2.verdict(Check.LOCK_RULES).outcome()).isEqualTo(Verdict.Outcome.PASSED);
        assertThat(v2.lockRuleBreaches()).extracting(LockRuleBreach::rule, LockRuleBreach::severity, LockRuleBreach::table)
                .contains(org.assertj.core.groups.Tuple.tuple("create-index-without-concurrently", "INFO", "public.items"));
        assertThat(v2.statements()).extracting(StatementRun::line, StatementRun::statement, s -> s.rows().orElse(-1))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "UPDATE items SET sku = lower(sku) WHERE id <= 20", 20L));
    }

    @MigrationTest(locations = HISTORIES + "placeholders/migration", undoLocations = HISTORIES + "placeholders/undo",
            flyway = "flyway.placeholders.table=items")
    static class ItemsTable {
        static final List<MigrationStep> steps = new ArrayList<>();

        @EachMigration
        void step(MigrationStep step) {
            steps.add(step);
            if (step.version().equals("2")) {
                MigrationAssertions.assertThat(step).losesDataOnlyIn("items.sku");
            }
        }
    }
}
