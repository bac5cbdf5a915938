package io.github.migrationtest.assertj;

import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.PlanShape;
import io.github.migrationtest.QueryPlan;
import io.github.migrationtest.TakeOver;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/** Assertions on one critical query's plans around a step: {@code assertThat(step).query("name").usesIndex("…")}. */
public final class QueryPlanAssert {

    private final MigrationStep step;
    private final QueryPlan plan;
    private final StepFailures failures;

    QueryPlanAssert(MigrationStep step, QueryPlan plan, StepFailures failures) {
        this.step = step;
        this.plan = plan;
        this.failures = failures;
    }

    /** The query's plan after the migration uses this index (an index, index-only or bitmap scan of it). */
    public QueryPlanAssert usesIndex(String index) {
        PlanShape after = after("to use index " + index);
        if (!after.indexes().contains(index)) {
            throw failure(query() + " to use index " + index + " after the migration but its plan"
                    + (after.indexes().isEmpty() ? " uses no index" : " uses " + String.join(", ", after.indexes())) + ":\n"
                    + indented(after));
        }
        return this;
    }

    /**
     * The query's estimated cost after the migration is at most {@code factor} times its cost before; replaces
     * {@code migrationtest.plans.max-cost-factor} for this query on this step.
     */
    public QueryPlanAssert costsAtMost(double factor) {
        PlanShape after = after("to cost at most ×" + factor);
        step.takeOver(TakeOver.limitPlanCost(plan.query(), factor));
        if (plan.before().isPresent() && plan.costFactor() > factor) {
            throw failure(String.format(Locale.ROOT, "%s to cost at most ×%s its cost before the migration but"
                    + " its estimated cost grew from %.2f to %.2f (×%.2f):%n%s", query(), factor, plan.before().get().cost(),
                    after.cost(), plan.costFactor(), indented(after)));
        }
        return this;
    }

    private PlanShape after(String expecting) {
        if (plan.after().isEmpty()) {
            throw failure(query() + " " + expecting + " but it was not planned after the migration"
                    + plan.findings().stream().findFirst().map(f -> ": it " + f.message()).orElse(""));
        }
        return plan.after().get();
    }

    /** The named query's plans, or a failure listing the names there are. */
    static QueryPlan plan(MigrationStep step, String name, StepFailures failures) {
        return step.plans().stream().filter(p -> p.query().equals(name)).findFirst().orElseThrow(() -> failures.failure(
                AssertionMessages.noSuchQuery(step.displayName(), name, step.plans().isEmpty()
                        ? "no critical query was planned: " + step.verdict(io.github.migrationtest.Check.PLANS).message()
                        : "the critical queries are: " + step.plans().stream().map(p -> "\"" + p.query() + "\"")
                                .collect(Collectors.joining(", ")))));
    }

    private String query() {
        return AssertionMessages.query(plan.query(), step.displayName());
    }

    private static String indented(PlanShape shape) {
        return shape.nodes().stream().map(n -> "  " + n).collect(Collectors.joining("\n"));
    }

    private AssertionFailedError failure(String message) {
        return failures.failure(message);
    }
}
