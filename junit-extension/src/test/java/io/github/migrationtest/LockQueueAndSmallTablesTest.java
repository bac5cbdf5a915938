package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.assertj.MigrationAssertions;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * With {@code migrationtest.locks.blocker}, each step is rehearsed once more on a copy behind a transaction that reads
 * the table: the migration must give up within its lock_timeout instead of queueing everyone behind it. The history's
 * table is small (1,000 rows, no seeding), so its lock rules are informational.
 */
class LockQueueAndSmallTablesTest {

    private static EngineExecutionResults results;

    @BeforeAll
    static void rehearseBehindABlocker() {
        // the blocker only runs on copies; 1 s keeps the real steps' blocking verdicts out of this test on a busy machine
        results = run(BehindABlocker.class, Map.of("migrationtest.locks.blocker", "public.items",
                "migrationtest.locks.max-queue-wait", "300ms", "migrationtest.locks.max-blocked", "1s"));
    }

    @Test
    void migrationThatGivesUpWithinItsLockTimeoutPasses() {
        assertThat(message(results, "V2 add note")).isEmpty();
    }

    @Test
    void migrationWithoutLockTimeoutFailsBecauseItQueuesBehindTheBlocker() {
        // GIVEN V3 takes ACCESS EXCLUSIVE on items without SET lock_timeout; the harness stops waiting after 300 ms + 1 s
        String message = message(results, "V3 add tag").orElseThrow();

        // THEN it names the wait, what queued behind it, and the fix
        String n = "(\\d+)";
        assertThat(message).matches(Pattern.quote("V3 add tag: behind a transaction holding ACCESS SHARE on public.items (as a long"
                + " report or pg_dump would, set by migrationtest.locks.blocker): The migration waited ") + n
                + Pattern.quote(" ms behind a transaction holding ACCESS SHARE on public.items (backend ") + n
                + Pattern.quote("); meanwhile reads of public.items queued ") + n + Pattern.quote(" ms and writes ") + n
                + Pattern.quote(" ms behind it.\nExpecting it to give up within 300 ms, but its lock_timeout fired only after ")
                + n + Pattern.quote(" ms.\n  Start the migration with SET lock_timeout = '300ms'; (or less) and retry the deploy"
                + " when it gives up."));
        assertThat(BehindABlocker.seen.get("3").verdict(Check.LOCK_RULES).outcome()).isEqualTo(Verdict.Outcome.FAILED);
    }

    @Test
    void ruleOnATinyTableIsInformationalButViolatesNoLockRuleTightensIt() {
        // GIVEN V4 builds an index without CONCURRENTLY on a 1,000-row table
        MigrationStep v4 = BehindABlocker.seen.get("4");
        assertThat(v4.lockRuleBreaches()).singleElement().satisfies(b -> {
            assertThat(b.severity()).isEqualTo("INFO");
            assertThat(b.productionRows()).isEqualTo(1_000);
        });
        assertThat(v4.verdict(Check.LOCK_RULES).outcome()).isEqualTo(Verdict.Outcome.PASSED);

        // THEN only the test method's strict assertion fails the step
        assertThat(message(results, "V4 index name")).hasValueSatisfying(m -> assertThat(m).matches(Pattern.quote(
                "\nExpecting V4 index name to break no lock rule but it breaks 1:\n  INFO line 2: CREATE INDEX"
                        + " items_name_idx blocked writes to public.items (1,000 rows) for ") + "\\d+" + Pattern.quote(" ms (SHARE lock).\n"
                        + "    Use CREATE INDEX CONCURRENTLY in a migration of its own (executeInTransaction=false)."
                        + " [rule: create-index-without-concurrently]")));
    }

    @MigrationTest(locations = HISTORIES + "lock-queue/migration", undoLocations = HISTORIES + "lock-queue/undo")
    static class BehindABlocker {
        static final Map<String, MigrationStep> seen = new java.util.concurrent.ConcurrentHashMap<>();

        @EachMigration
        void locks(MigrationStep step) {
            seen.put(step.version(), step);
            if (step.version().equals("4")) {
                MigrationAssertions.assertThat(step).violatesNoLockRule();
            }
        }
    }
}
