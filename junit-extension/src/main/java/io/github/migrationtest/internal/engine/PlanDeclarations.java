package io.github.migrationtest.internal.engine;

import io.github.migrationtest.QueryPlan;
import io.github.migrationtest.internal.flyway.Declaration;
import java.util.ArrayList;
import java.util.List;

/** Judges {@code -- migrationtest: allow-plan-change <query> (<reason>)} like {@code allowsPlanChange}. */
final class PlanDeclarations {

    private PlanDeclarations() {
    }

    /** Accepts each declared query's plan change; returns a problem for each declaration that names no critical query. */
    static List<String> apply(StepResult result, List<Declaration> declarations) {
        List<String> problems = new ArrayList<>();
        for (Declaration d : declarations) {
            String query = d.values().get(0);
            if (result.plans().stream().anyMatch(p -> p.query().equals(query))) {
                result.allowPlanChange(query, d.reason());
            } else if (!result.planMeasurements().notRun().isPresent()) {
                problems.add(d.where() + ": \"-- migrationtest: " + d.summary() + "\" is not a declaration: \"" + query
                        + "\" is not a critical query (the critical queries: " + String.join(", ",
                        result.plans().stream().map(QueryPlan::query).map(q -> "\"" + q + "\"").toList()) + ")");
            }
        }
        return problems;
    }
}
