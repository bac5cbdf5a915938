package io.github.migrationtest.internal.plans;

import io.github.migrationtest.PlanShape;
import java.util.Optional;

/**
 * One critical query planned at one point of a step.
 *
 * @param plan     the plan, or null when the server could not plan the query
 * @param error    the server's message when it could not, else empty
 * @param unstable whether the plan changed when the same database was planned again with nudged costs or fresh statistics
 */
record Captured(PlanNode plan, String error, boolean unstable) {

    Optional<PlanShape> shape() {
        return plan == null ? Optional.empty() : Optional.of(new PlanShape(plan.shape(), plan.indexes(), plan.cost(), plan.rows()));
    }
}
