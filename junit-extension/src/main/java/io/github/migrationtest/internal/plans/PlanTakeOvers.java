package io.github.migrationtest.internal.plans;

import io.github.migrationtest.TakeOver;
import java.util.List;

/** What the test and the script took over of the plan check, as {@link PlanAllowances}. */
final class PlanTakeOvers {

    private PlanTakeOvers() {
    }

    static PlanAllowances allowances(List<TakeOver> takenOver) {
        PlanAllowances allowances = new PlanAllowances();
        for (TakeOver t : takenOver) {
            if (t instanceof TakeOver.PlanChangeAllowed allowed) {
                allowances.allow(allowed.query(), allowed.reason());
            } else if (t instanceof TakeOver.PlanCostLimited limited) {
                allowances.limitCost(limited.query(), limited.factor());
            }
        }
        return allowances;
    }
}
