package io.github.migrationtest.internal.plans;

import io.github.migrationtest.PlanFinding;
import io.github.migrationtest.QueryPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The words of the plan check: one failure per query (what changed, the costs, why, the fix), and the notes of a pass. */
final class PlanMessages {

    private static final String CONCURRENTLY = "(CREATE INDEX CONCURRENTLY …)";

    private PlanMessages() {
    }

    /** {@code query "x" lost its index: A → B (N rows); estimated cost a → b (×f).} then why and the fix. */
    static String failure(QueryPlan plan, List<PlanFinding> errors, double costLimit) {
        Optional<PlanFinding> notRestored = find(errors, "not-restored");
        if (notRestored.isPresent()) {
            return "after the down script, query \"" + plan.query() + "\" " + notRestored.get().message() + ".\n  The down script does not"
                    + " restore what this query used (e.g. it does not re-create an index that the migration dropped). Make it"
                    + " restore that" + accept(plan);
        }
        Optional<PlanFinding> noPlan = find(errors, "no-plan");
        if (noPlan.isPresent()) {
            return "query \"" + plan.query() + "\" " + noPlan.get().message() + ".\n  The migration breaks this query: the"
                    + " application would fail the same way. Keep what it reads until no release runs it, or change the query" + accept(plan);
        }
        Optional<PlanFinding> dropped = find(errors, "index-dropped");
        PlanFinding headline = find(errors, "lost-index").or(() -> find(errors, "new-seq-scan")).orElse(null);
        String what = headline != null ? headline.message()
                : dropped.isPresent() ? "lost its index: " + PlanText.firstDifference(plan.before().get().nodes(), plan.after().get().nodes())
                : "costs more than ×" + PlanText.factor(costLimit) + " as much as before";
        String why;
        if (dropped.isPresent()) {
            why = dropped.get().message() + " Create the replacement index before dropping the old one " + CONCURRENTLY;
        } else if (headline != null && headline.kind().equals("lost-index")) {
            why = "The index still exists, but this query can no longer use it: the migration changed what the query compares"
                    + " (a column's type, a collation or an operator). Keep the type, or create an index that matches the new one "
                    + CONCURRENTLY;
        } else if (headline != null) {
            why = "No index serves this read of the table. Create one that does " + CONCURRENTLY;
        } else {
            why = "Its estimated cost grew more than ×" + PlanText.factor(costLimit) + " (migrationtest.plans.max-cost-factor, or"
                    + " costsAtMost in the test); compare the plans in report.html";
        }
        return "query \"" + plan.query() + "\" " + what + "; " + PlanText.costs(plan.before().get(), plan.after().get()) + ".\n  "
                + why + accept(plan);
    }

    private static String accept(QueryPlan plan) {
        return ", or accept it: assertThat(step).allowsPlanChange(\"" + plan.query() + "\", \"reason\").";
    }

    private static Optional<PlanFinding> find(List<PlanFinding> findings, String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }

    /** {@code 3 critical queries keep their plans} and one line per change, unstable query, new index and acceptance. */
    static String passed(StepPlans plans, PlanAllowances allowances) {
        List<String> lines = new ArrayList<>();
        long changed = plans.plans().stream().filter(QueryPlan::changed).count();
        lines.add(plans.plans().size() + " critical " + (plans.plans().size() == 1 ? "query" : "queries") + " planned, "
                + changed + " with another plan");
        Map<String, String> allowed = allowances.allowedChanges();
        for (QueryPlan plan : plans.plans()) {
            String name = "query \"" + plan.query() + "\" ";
            if (plan.unstable()) {
                lines.add(name + "is unstable, not judged: its plan flips on the unchanged database (analyzed again, or"
                        + " random_page_cost nudged by 10 %), a cost tie");
            } else if (allowed.containsKey(plan.query()) && plan.findings().stream().anyMatch(PlanFinding::isError)) {
                lines.add(name + "changed its plan, accepted: " + allowed.get(plan.query()));
            }
            plan.findings().stream().filter(f -> !f.isError()).forEach(f -> lines.add(name + f.message()));
        }
        plans.newIndexes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> lines.add(e.getValue().isEmpty()
                ? "index " + e.getKey() + ", which the migration creates, is unused by the critical queries"
                : "index " + e.getKey() + ", which the migration creates, is used by " + String.join(", ",
                        e.getValue().stream().map(q -> "\"" + q + "\"").toList())));
        if (plans.scale() < 1) {
            lines.add("planned at migrationtest.scale=" + plans.scale() + ": production's plans can differ; the run at full scale"
                    + " is the authority");
        }
        return String.join("\n  ", lines);
    }
}
