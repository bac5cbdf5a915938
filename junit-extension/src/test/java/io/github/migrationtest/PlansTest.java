package io.github.migrationtest;

import static io.github.migrationtest.testing.EngineRuns.message;
import static io.github.migrationtest.testing.EngineRuns.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Critical queries planned around every step of {@link PlansHistory}, whose tables V1 fills with 30,000 and 20,000
 * rows: enough for the planner to prefer their indexes, and few enough that ANALYZE reads every row, so that the
 * plans and their costs are the same on every run. One rehearsal serves all tests.
 */
class PlansTest {

    static final String ACCEPT = ", or accept it: assertThat(step).allowsPlanChange(\"";
    private static EngineExecutionResults results;

    @BeforeAll
    static void rehearseThePlansHistory() {
        results = PlannedShop.results();
    }

    @Test
    void droppedIndexThatAQueryUsedFailsWithThePlansTheCostsAndTheFix() {
        assertThat(message(results, "V7 drop customer and time index")).hasValue("V7 drop customer and time index: query"
                + " \"orders of a customer\" lost its index: Bitmap Heap Scan on public.orders (orders_customer_created_idx)"
                + " → Seq Scan on public.orders (30,000 rows); estimated cost 55.2 → 695 (×13).\n"
                + "  The migration drops orders_customer_created_idx, which this query used. Create the replacement index before"
                + " dropping the old one (CREATE INDEX CONCURRENTLY …)" + ACCEPT + "orders of a customer\", \"reason\").");
        assertThat(step("7").plans().get(0).findings()).extracting(PlanFinding::kind)
                .containsExactly("lost-index", "index-dropped", "cost-growth");
    }

    @Test
    void indexReplacedNewOneFirstPassesAndTheNewIndexIsShownAsUsed() {
        assertThat(outcome(results, "V2 index customer and time")).isEqualTo("SUCCESSFUL");
        assertThat(outcome(results, "V3 drop customer index")).isEqualTo("SUCCESSFUL");
        assertThat(step("2").verdict(Check.PLANS).message()).isEqualTo("6 critical queries planned, 1 with another plan\n"
                + "  query \"orders of a customer\" uses another index: Bitmap Heap Scan on public.orders (orders_customer_id_idx)"
                + " → Bitmap Heap Scan on public.orders (orders_customer_created_idx) (30,000 rows)\n"
                + "  index public.orders_customer_created_idx, which the migration creates, is used by \"orders of a customer\"");
        assertThat(step("3").verdict(Check.PLANS)).isEqualTo(new Verdict(Check.PLANS, Verdict.Outcome.PASSED,
                "6 critical queries planned, 0 with another plan"));
    }

    @Test
    void typeChangeThatMakesTheIndexUnusableFails() {
        assertThat(message(results, "V4 code to char")).hasValue("V4 code to char: query \"order by code\" lost its index:"
                + " Index Scan using orders_code_idx on public.orders → Seq Scan on public.orders (30,000 rows); estimated cost"
                + " 8.3 → 845 (×102).\n"
                + "  The index still exists, but this query can no longer use it: the migration changed what the query compares"
                + " (a column's type, a collation or an operator). Keep the type, or create an index that matches the new one"
                + " (CREATE INDEX CONCURRENTLY …)" + ACCEPT + "order by code\", \"reason\").");
    }

    @Test
    void unusedNewIndexIsReported() {
        assertThat(outcome(results, "V5 index status")).isEqualTo("SUCCESSFUL");
        assertThat(step("5").verdict(Check.PLANS).message()).endsWith(
                "\n  index public.orders_status_idx, which the migration creates, is unused by the critical queries");
    }

    @Test
    void costTieIsReportedUnstableAndNotJudged() {
        QueryPlan cheapItems = step("6").plans().get(2);

        assertThat(outcome(results, "V6 move expensive items")).isEqualTo("SUCCESSFUL");
        assertThat(cheapItems.unstable()).isTrue();
        assertThat(cheapItems.findings()).extracting(PlanFinding::kind).containsExactly("lost-index");
        assertThat(step("6").verdict(Check.PLANS).message()).isEqualTo("6 critical queries planned, 1 with another plan\n"
                + "  query \"cheap items\" is unstable, not judged: its plan flips on the unchanged database (analyzed again, or"
                + " random_page_cost nudged by 10 %), a cost tie");
    }

    @Test
    void scriptDeclarationAcceptsOnePlanChange() {
        assertThat(outcome(results, "V8 index lower code")).isEqualTo("SUCCESSFUL");
        assertThat(step("8").verdict(Check.PLANS).message()).contains("\n  query \"order by exact code\" changed its plan,"
                + " accepted: codes are looked up case-insensitively from now on\n");
        assertThat(step("8").verdict(Check.DECLARATIONS).message()).isEqualTo("accepted: allow-plan-change order by exact code"
                + " (codes are looked up case-insensitively from now on)");
    }

    @Test
    void downScriptThatForgetsToRecreateTheIndexFailsPlans() {
        assertThat(step("9").verdict(Check.PLANS)).isEqualTo(new Verdict(Check.PLANS, Verdict.Outcome.FAILED,
                "V9 rename lower code index: after the down script, query \"orders by lower code\" does not get its plan of"
                        + " before the migration back: Index Scan using orders_code_lower_idx on public.orders → Seq Scan on"
                        + " public.orders; estimated cost 8.3 → 920 (×111).\n"
                        + "  The down script does not restore what this query used (e.g. it does not re-create an index that the"
                        + " migration dropped). Make it restore that" + ACCEPT + "orders by lower code\", \"reason\")."));
        assertThat(outcome(results, "V9 rename lower code index")).isEqualTo("FAILED");
    }

    static MigrationStep step(String version) {
        return PlannedShop.step(version);
    }
}
