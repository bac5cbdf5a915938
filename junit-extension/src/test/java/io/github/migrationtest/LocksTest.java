package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static io.github.migrationtest.testing.EngineRuns.run;
import static io.github.migrationtest.testing.Histories.HISTORIES;
import static java.util.regex.Pattern.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.assertj.MigrationAssertions;
import io.github.migrationtest.internal.engine.StepResult;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Every step is watched for locks on seeded data: rules judged on production sizes ({@code @Rows} before the scale),
 * blocking measured by probes during forward and back. One rehearsal of the {@code locks} history serves all tests.
 */
class LocksTest {

    /**
     * How much later than the forward run's end a starved probe may read the server's clock once its lock is granted;
     * only ever added to an upper bound. Lower bounds are the server-side sleeps, which no load shortens.
     */
    private static final long SCHEDULING_SLACK_MS = 200;

    private static final String REPLAY = "\n  (seeded data, seed 42: replay with -Dmigrationtest.seed=42)";
    private static final String N = "<n>";
    private static EngineExecutionResults results;

    @BeforeAll
    static void rehearseTheLocksHistoryOnSeededData() {
        // 50,000 real rows stand for 400,000 in production; 400 ms leaves the quick index build and the safe steps alone even on a busy machine
        results = run(SeededLocks.class, Map.of("migrationtest.scale", "0.125", "migrationtest.locks.max-blocked", "400ms"));
    }

    @Test
    void createIndexWithoutConcurrentlyOnAProductionSizedTableFailsWithTheMeasuredBlockingAndTheRecipe() {
        String message = message(results, "V2 index orders status").orElseThrow();

        Matcher m = matcher("V2 index orders status: CREATE INDEX orders_status_idx blocked writes to public.orders (400,000 rows)"
                + " for " + N + " ms (SHARE lock).\n"
                + "  Use CREATE INDEX CONCURRENTLY in a migration of its own (executeInTransaction=false)."
                + " [rule: create-index-without-concurrently]" + REPLAY, message);
        assertThat(Long.parseLong(m.group(1))).as("measured, at most the forward run")
                .isBetween(0L, step("2").forwardTime().toMillis() + SCHEDULING_SLACK_MS);
        assertThat(step("2").lockRuleBreaches()).singleElement().satisfies(b -> {
            assertThat(b.severity()).isEqualTo("ERROR");
            assertThat(b.productionRows()).isEqualTo(400_000);
        });
    }

    @Test
    void concurrentIndexAndConstraintAddedNotValidThenValidatedPass() {
        for (String step : List.of("V3 index orders customer", "V4 check total not valid", "V5 validate total check")) {
            assertThat(outcome(results, step)).as(step).isEqualTo("SUCCESSFUL");
        }
        assertThat(List.of(step("3"), step("4"), step("5"))).allSatisfy(step -> {
            assertThat(step.lockRuleBreaches()).isEmpty();
            assertThat(step.verdict(Check.BLOCKING).outcome()).isEqualTo(Verdict.Outcome.PASSED);
            assertThat(step.blockedTables()).filteredOn(t -> t.phase().equals("forward"))
                    .extracting(BlockedTable::table).containsExactly("public.orders");
        });
    }

    @Test
    void allowedRuleStillFailsTheStepOnMeasuredBlocking() {
        // GIVEN V6 holds ACCESS EXCLUSIVE on orders for a 600 ms "backfill"; the test method allows the rule
        String message = message(results, "V6 add note and backfill").orElseThrow();

        // THEN the lock rule is accepted, but the measured blocking still fails the step
        assertThat(step("6").verdict(Check.LOCK_RULES).outcome()).isEqualTo(Verdict.Outcome.PASSED);
        Matcher m = matcher("V6 add note and backfill: forward blocked reads of public.orders (400,000 rows) for " + N + " ms"
                + " and writes for " + N + " ms; at most 400 ms are allowed.\n"
                + "  The migration held ACCESS EXCLUSIVE at line 2: ALTER TABLE orders ADD COLUMN note text\n"
                + "  Move this statement to the end of the migration or into a migration of its own."
                + " [rule: statements-after-access-exclusive]\n"
                + "  If that is acceptable, raise the limit for this step: assertThat(step).blocksNoTableLongerThan("
                + "Duration.ofMillis(" + N + ")), or migrationtest.locks.max-blocked for all." + REPLAY, message);
        long forward = step("6").forwardTime().toMillis();
        assertThat(Long.parseLong(m.group(1))).as("reads blocked by the 600 ms sleep").isBetween(600L, forward + SCHEDULING_SLACK_MS);
        assertThat(Long.parseLong(m.group(2))).as("writes blocked by the 600 ms sleep").isBetween(600L, forward + SCHEDULING_SLACK_MS);
        assertThat(Long.parseLong(m.group(3))).as("a round limit above the measured").isGreaterThan(Long.parseLong(m.group(2)));
    }

    @Test
    void blockingLimitTightensAndRelaxesPerStep() {
        StepResult v6 = step("6");

        MigrationAssertions.assertThat(v6).blocksNoTableLongerThan(Duration.ofSeconds(30));
        assertThat(v6.unjudgedFailures()).as("the assertion took over the blocking check").isEmpty();
        assertThatThrownBy(() -> MigrationAssertions.assertThat(v6).blocksNoTableLongerThan(Duration.ofMillis(100)))
                .hasMessageMatching(quote("\nExpecting V6 add note and backfill to block no table longer"
                        + " than 100 ms but it blocked:\n  public.orders (400,000 rows) during forward: reads ")
                        + "\\d+" + quote(" ms, writes ") + "\\d+" + quote(" ms")
                        // the back run's DROP COLUMN holds its lock for an instant, which a starved machine stretches
                        + "(" + quote("\n  public.orders (400,000 rows) during back: reads ") + "\\d+"
                        + quote(" ms, writes ") + "\\d+" + quote(" ms") + ")?");
    }

    @Test
    void rewriteOfAnExistingTableIsNamedWithItsStatement() {
        assertThat(step("7").rewrittenTables()).containsExactly("public.orders");
        assertThat(message(results, "V7 customer id to numeric")).hasValue(
                "\nExpecting V7 customer id to numeric to rewrite no table but it rewrote:\n"
                        + "  public.orders at line 2: ALTER TABLE orders ALTER COLUMN customer_id TYPE numeric(20)\n"
                        + "  A rewrite copies the whole table while reads and writes wait; see the lock rules for the safe recipe.");
    }

    private static StepResult step(String version) {
        return (StepResult) SeededLocks.seen.get(version);
    }

    /** Matches the whole message against the template, in which only {@link #N} stands for a measured number. */
    private static Matcher matcher(String template, String actual) {
        String regex = Arrays.stream(template.split(quote(N), -1)).map(Pattern::quote).collect(Collectors.joining("(\\d+)"));
        Matcher m = Pattern.compile(regex).matcher(actual);
        assertThat(m.matches()).as("message:%n%s%ndoes not match:%n%s", actual, template).isTrue();
        return m;
    }

    @MigrationTest(locations = HISTORIES + "locks/migration", undoLocations = HISTORIES + "locks/undo", seedAt = "1")
    @Rows(table = "orders", count = 400_000)
    static class SeededLocks {
        static final Map<String, MigrationStep> seen = new ConcurrentHashMap<>();

        @EachMigration
        void locks(MigrationStep step) {
            seen.put(step.version(), step);
            if (step.version().equals("6")) {
                MigrationAssertions.assertThat(step).allowsLockRule("statements-after-access-exclusive",
                        "the backfill touches a handful of rows in production");
            }
            if (step.version().equals("7")) {
                MigrationAssertions.assertThat(step).rewritesNoTable();
            }
        }
    }
}
