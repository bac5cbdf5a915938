package io.github.migrationtest.internal.plans;

import io.github.migrationtest.internal.engine.Figures;

import io.github.migrationtest.QueryPlan;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the plan check measured on one step: each critical query's plans and findings, the indexes the migration
 * created and which queries use them, and the planner settings the plans were taken with. Immutable; the verdict is
 * derived from it ({@link PlanVerdict}).
 *
 * @param plans       per critical query, in declaration order
 * @param newIndexes  the indexes the migration creates, each with the queries that use it after forward (maybe none)
 * @param planner     the planner settings every plan was taken with
 * @param scale       {@code migrationtest.scale}: below 1 the plans are taken on less data than production holds
 * @param maxCostFactor how much the estimated cost of a query may grow unless the test says otherwise
 * @param notRun      why nothing was planned (no critical query, forward failed), or empty
 * @param captureTime how long planning took at all three points together (ANALYZE and the stability pass included)
 */
public record StepPlans(List<QueryPlan> plans, Map<String, List<String>> newIndexes, Map<String, String> planner, double scale,
                        double maxCostFactor, Optional<String> notRun, Duration captureTime) implements Figures.Plans {

    public static final String NO_QUERIES = "no critical query is declared (@CriticalQuery on the class, or -- name: headers"
            + " in a file at migrationtest.plans.queries)";

    public static StepPlans notRun(String why) {
        return new StepPlans(List.of(), Map.of(), Map.of(), 1, PlanSettings.DEFAULT_MAX_COST_FACTOR, Optional.of(why), Duration.ZERO);
    }

    public StepPlans {
        plans = List.copyOf(plans);
        newIndexes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(newIndexes));
        planner = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(planner));
    }

    public Optional<QueryPlan> plan(String query) {
        return plans.stream().filter(p -> p.query().equals(query)).findFirst();
    }

    /** The new indexes no critical query uses. */
    public List<String> unusedNewIndexes() {
        return newIndexes.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).sorted().toList();
    }
}
