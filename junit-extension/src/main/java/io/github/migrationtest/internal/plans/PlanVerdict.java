package io.github.migrationtest.internal.plans;

import io.github.migrationtest.Check;
import io.github.migrationtest.PlanFinding;
import io.github.migrationtest.QueryPlan;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.Verdict.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The PLANS verdict of a step: failed when a critical query that is stable and not allowed has an error finding
 * (with a query's own cost limit in place of the default), else passed with what is worth knowing; passed with a
 * note when the class declares no critical query, not run when the forward run failed.
 */
public final class PlanVerdict {

    private PlanVerdict() {
    }

    public static Verdict of(String step, StepPlans plans, PlanAllowances allowances) {
        double maxCostFactor = plans.maxCostFactor();
        if (plans.notRun().isPresent()) {
            return new Verdict(Check.PLANS, plans.notRun().get().equals(StepPlans.NO_QUERIES) ? Outcome.PASSED : Outcome.NOT_RUN,
                    plans.notRun().get());
        }
        List<String> failures = new ArrayList<>();
        for (QueryPlan plan : plans.plans()) {
            if (!plan.unstable() && !allowances.allowed(plan.query())) {
                List<PlanFinding> errors = errors(plan, allowances.costLimit(plan.query()), maxCostFactor);
                if (!errors.isEmpty()) {
                    failures.add(PlanMessages.failure(plan, errors, allowances.costLimit(plan.query()).orElse(maxCostFactor)));
                }
            }
        }
        if (failures.isEmpty()) {
            return new Verdict(Check.PLANS, Outcome.PASSED, PlanMessages.passed(plans, allowances));
        }
        String message = failures.size() == 1 ? step + ": " + failures.get(0)
                : step + ": " + failures.size() + " critical queries lost their plans:\n  "
                        + String.join("\n  ", failures.stream().map(f -> f.replace("\n", "\n  ")).toList());
        return new Verdict(Check.PLANS, Outcome.FAILED, message);
    }

    /** The error findings, the cost judged against the query's own limit when the test gave one. */
    static List<PlanFinding> errors(QueryPlan plan, OptionalDouble costLimit, double maxCostFactor) {
        List<PlanFinding> errors = new ArrayList<>(plan.findings().stream().filter(PlanFinding::isError)
                .filter(f -> costLimit.isEmpty() || !f.kind().equals("cost-growth")).toList());
        if (costLimit.isPresent() && plan.costFactor() > costLimit.getAsDouble()) {
            errors.add(new PlanFinding("ERROR", "cost-growth", "costs more than ×" + PlanText.factor(costLimit.getAsDouble())
                    + " as much as before"));
        }
        return errors;
    }
}
