package io.github.migrationtest;

import java.util.List;
import java.util.Optional;

/**
 * One critical query's plans around a step: before the migration, after it, and after its down script, each on the
 * analyzed working database with the pinned planner settings.
 *
 * @param query      the name given in {@link CriticalQuery#name()} or a {@code -- name:} header
 * @param sql        the query
 * @param before     the plan before the migration; empty when it could not be planned
 * @param after      the plan after the migration; empty when it could not be planned (or forward failed)
 * @param afterBack  the plan after the down script; empty when the down script did not run
 * @param unstable   whether the plan flips on the unchanged database (re-analyzed, or planner costs nudged by 10 %):
 *                   a cost tie, reported but not judged
 * @param findings   what the comparison found, errors first
 */
public record QueryPlan(String query, String sql, Optional<PlanShape> before, Optional<PlanShape> after,
                        Optional<PlanShape> afterBack, boolean unstable, List<PlanFinding> findings) {

    public QueryPlan {
        findings = List.copyOf(findings);
    }

    /** Whether the migration changed the plan's structure. */
    public boolean changed() {
        return before.isPresent() && after.isPresent() && !before.get().sameStructure(after.get());
    }

    /** After cost divided by before cost; 1 when either is missing or zero. */
    public double costFactor() {
        return before.isPresent() && after.isPresent() && before.get().cost() > 0 ? after.get().cost() / before.get().cost() : 1;
    }
}
