package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static java.util.regex.Pattern.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.internal.engine.StepResult;
import io.github.migrationtest.testing.CpuBurner;
import io.github.migrationtest.testing.TestDatabases;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * BLOCKING counts only the time ordinary reads and writes waited on the migration's locks, so a machine starved of CPU
 * gives the same verdicts run after run: a CREATE INDEX CONCURRENTLY blocks nothing, and a lock held over a 0.6 s
 * backfill fails with its measured wait. The machine's extra latency is reported apart.
 */
class BlockingUnderLoadTest {

    private static final int RUNS = Integer.getInteger("migrationtest.test.burner-runs", 3);
    /** How much later than the forward run's end a starved probe may read the server's clock after its lock is granted. */
    private static final long SCHEDULING_SLACK_MS = 200;

    @Test
    void sameVerdictsRunAfterRunUnderACpuBurnerWhileARealLockWaitStillFails() throws Exception {
        List<String> verdicts = new ArrayList<>();
        try (CpuBurner burner = CpuBurner.start(TestDatabases.fresh())) {
            for (int i = 1; i <= RUNS; i++) {
                // GIVEN a busy machine WHEN the history is rehearsed
                EngineExecutionResults results = run(UnderLoad.class, Map.of("migrationtest.locks.max-blocked", "300ms"));
                StepResult index = UnderLoad.seen.get("2");
                StepResult backfill = UnderLoad.seen.get("3");
                System.out.printf("burner run %d: V2 CONCURRENTLY blocked %d ms (reads %d, writes %d), probe latency p99 %d ms;"
                                + " V3 blocked %d ms, probe latency p99 %d ms%n", i, index.longestBlockedRead().plus(index.longestBlockedWrite()).toMillis(),
                        index.longestBlockedRead().toMillis(), index.longestBlockedWrite().toMillis(), index.probeLatencyP99().toMillis(),
                        backfill.longestBlockedWrite().toMillis(), backfill.probeLatencyP99().toMillis());

                // THEN the concurrent index build waited on no lock at all, however slow the round trips were
                assertThat(outcome(results, "V2 index items sku")).as("run %d", i).isEqualTo("SUCCESSFUL");
                assertThat(index.blockedTables()).as("run %d", i).isNotEmpty()
                        .allSatisfy(t -> assertThat(t.longestBlocked()).isZero());
                assertThat(index.verdict(Check.BLOCKING).message()).as("run %d", i)
                        .matches(quote("longest lock wait 0 ms (at most 300 ms); probe latency p99 ") + "\\d+"
                                + quote(" ms, not lock waits"));
                // AND the lock held over the backfill fails with the wait it caused
                Matcher m = Pattern.compile(quote("V3 add note and backfill: forward blocked reads of public.items (20,000 rows) for ")
                        + "(\\d+)" + quote(" ms and writes for ") + "(\\d+)" + quote(" ms; at most 300 ms are allowed.\n"
                        + "  The migration held ACCESS EXCLUSIVE at line 2: ALTER TABLE items ADD COLUMN note text\n"
                        + "  Move this statement to the end of the migration or into a migration of its own."
                        + " [rule: statements-after-access-exclusive]\n"
                        + "  If that is acceptable, raise the limit for this step: assertThat(step).blocksNoTableLongerThan(Duration.ofMillis(")
                        + "\\d+" + quote(")), or migrationtest.locks.max-blocked for all.")
                        + "(\\n.*)?").matcher(message(results, "V3 add note and backfill").orElseThrow());
                assertThat(m.matches()).as("run %d: %s", i, message(results, "V3 add note and backfill")).isTrue();
                // at least the 0.6 s the server slept under the lock, however late a starved probe first waited;
                // at most the forward run, give or take the moment a starved probe reads the clock after its grant
                long forward = backfill.forwardTime().toMillis() + SCHEDULING_SLACK_MS;
                assertThat(Long.parseLong(m.group(1))).as("run %d: reads waited on the 0.6 s sleep", i).isBetween(600L, forward);
                assertThat(Long.parseLong(m.group(2))).as("run %d: writes waited on the 0.6 s sleep", i).isBetween(600L, forward);
                verdicts.add(UnderLoad.seen.values().stream().sorted(Comparator.comparing(StepResult::version))
                        .map(s -> s.displayName() + " " + s.verdict(Check.BLOCKING).outcome()).toList().toString());
            }
        }
        assertThat(verdicts).hasSize(RUNS).containsOnly("[V2 index items sku PASSED, V3 add note and backfill FAILED]");
    }

    @MigrationTest(locations = HISTORIES + "blocking-load/migration", undoLocations = HISTORIES + "blocking-load/undo", seedAt = "1")
    @Rows(table = "items", count = 20_000)
    static class UnderLoad {
        static final Map<String, StepResult> seen = new ConcurrentHashMap<>();

        @EachMigration
        void blocking(MigrationStep step) {
            seen.put(step.version(), (StepResult) step);
        }
    }
}
