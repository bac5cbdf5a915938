package io.github.migrationtest.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.Check;
import io.github.migrationtest.PlanFinding;
import io.github.migrationtest.PlanShape;
import io.github.migrationtest.QueryPlan;
import io.github.migrationtest.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanVerdictTest {

    @Test
    void withoutCriticalQueriesPlansPassesWithANote() {
        assertThat(PlanVerdict.of("V1 x", StepPlans.notRun("not checked: the forward run did not succeed"), new PlanAllowances()))
                .isEqualTo(new Verdict(Check.PLANS, Verdict.Outcome.NOT_RUN, "not checked: the forward run did not succeed"));
        assertThat(PlanVerdict.of("V1 x", StepPlans.notRun(StepPlans.NO_QUERIES), new PlanAllowances())).isEqualTo(new Verdict(
                Check.PLANS, Verdict.Outcome.PASSED, "no critical query is declared (@CriticalQuery on the class, or -- name:"
                        + " headers in a file at migrationtest.plans.queries)"));
    }

    @Test
    void severalFailingQueriesAreListedOneBlockEachAndScaleIsNoted() {
        QueryPlan a = grown("a");
        QueryPlan b = grown("b");
        StepPlans plans = new StepPlans(List.of(a, b), Map.of(), Map.of(), 0.5, 2, Optional.empty(), java.time.Duration.ZERO);

        assertThat(PlanVerdict.of("V3 x", plans, new PlanAllowances()).message()).isEqualTo("V3 x: 2 critical queries lost their plans:\n"
                + "  query \"a\" costs more than ×2 as much as before; estimated cost 10.0 → 25.0 (×2.5).\n"
                + "    Its estimated cost grew more than ×2 (migrationtest.plans.max-cost-factor, or costsAtMost in the test);"
                + " compare the plans in report.html, or accept it: assertThat(step).allowsPlanChange(\"a\", \"reason\").\n"
                + "  query \"b\" costs more than ×2 as much as before; estimated cost 10.0 → 25.0 (×2.5).\n"
                + "    Its estimated cost grew more than ×2 (migrationtest.plans.max-cost-factor, or costsAtMost in the test);"
                + " compare the plans in report.html, or accept it: assertThat(step).allowsPlanChange(\"b\", \"reason\").");
        PlanAllowances allowances = new PlanAllowances();
        allowances.limitCost("a", 3);
        allowances.allow("b", "a report");
        assertThat(PlanVerdict.of("V3 x", plans, allowances)).isEqualTo(new Verdict(Check.PLANS, Verdict.Outcome.PASSED,
                "2 critical queries planned, 0 with another plan\n  query \"b\" changed its plan, accepted: a report\n"
                        + "  planned at migrationtest.scale=0.5: production's plans can differ; the run at full scale is the authority"));
    }

    private static QueryPlan grown(String name) {
        PlanShape before = new PlanShape(List.of("Index Scan using i on public.t"), List.of("i"), 10, 1);
        PlanShape after = new PlanShape(List.of("Index Scan using i on public.t"), List.of("i"), 25, 1);
        return new QueryPlan(name, "select 1", Optional.of(before), Optional.of(after), Optional.empty(), false,
                List.of(new PlanFinding("ERROR", "cost-growth", "costs more than ×2 as much as before")));
    }
}
