package io.github.migrationtest.assertj;

import io.github.migrationtest.BlockedTable;
import io.github.migrationtest.Check;
import io.github.migrationtest.LockRuleBreach;
import io.github.migrationtest.MigrationStep;
import io.github.migrationtest.SchemaDifference;
import io.github.migrationtest.TakeOver;
import io.github.migrationtest.Verdict;
import io.github.migrationtest.internal.schema.DifferenceText;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * Assertions on one rehearsed migration. Each assertion judges one or more {@link Check}s; the default
 * policy then leaves those checks to the assertion, so a test can tighten or relax them per step.
 */
public class MigrationStepAssert extends AbstractAssert<MigrationStepAssert, MigrationStep> {

    /** Where failures of {@link #table} assertions go: thrown at once, or collected by soft assertions. */
    private Consumer<AssertionError> tableFailures = ColumnDataAssert.THROW;

    public MigrationStepAssert(MigrationStep step) {
        super(step, MigrationStepAssert.class);
    }

    /**
     * Hands failures of {@link #table} assertions to {@code collector} instead of throwing them. Final, so that the
     * soft-assertion proxy does not intercept it.
     */
    final MigrationStepAssert collectingTableFailuresIn(AssertionErrorCollector collector) {
        tableFailures = collector::collectAssertionError;
        return this;
    }

    /** The migration runs forward. */
    public MigrationStepAssert runsForward() {
        return passes(Check.FORWARD);
    }

    /** The migration has a down script that runs and restores the schema, and the migration runs again after it. */
    public MigrationStepAssert isReversible() {
        return passes(Check.FORWARD, Check.DOWN_SCRIPT, Check.BACK, Check.SCHEMA_RESTORED, Check.AGAIN);
    }

    /** A second forward run after the down script yields the same schema as the first. */
    public MigrationStepAssert reproducesSchema() {
        return passes(Check.AGAIN, Check.SCHEMA_REPRODUCED);
    }

    /** Accepts that this migration has no down script (it is irreversible by design). */
    public MigrationStepAssert isIrreversible() {
        judged(Check.DOWN_SCRIPT, Check.BACK, Check.SCHEMA_RESTORED, Check.AGAIN, Check.SCHEMA_REPRODUCED);
        if (actual.undoScript().isPresent()) {
            throw failure(AssertionMessages.irreversibleWithDownScript(actual.displayName(), actual.undoScript().get()));
        }
        return myself;
    }

    /** The migration changes exactly these schema objects (given as {@code "<kind> <qualified name>"}). */
    public MigrationStepAssert changesOnly(String... objects) {
        List<String> expected = List.of(objects);
        List<String> changed = actual.schemaChanges().stream().map(d -> d.kind() + " " + d.name()).toList();
        if (!changed.containsAll(expected) || !expected.containsAll(changed)) {
            throw failures().failure(AssertionMessages.changesOthers(actual.displayName(), expected, lines(actual.schemaChanges())),
                    String.join("\n", expected), String.join("\n", changed));
        }
        return myself;
    }

    /** No existing table had its reads or writes blocked longer than {@code max} during forward or back (replaces the default limit). */
    public MigrationStepAssert blocksNoTableLongerThan(Duration max) {
        measured("to block no table longer than " + max.toMillis() + " ms", Check.BLOCKING);
        judged(Check.BLOCKING);
        List<BlockedTable> tooLong = actual.blockedTables().stream().filter(t -> t.longestBlocked().compareTo(max) > 0).toList();
        if (!tooLong.isEmpty()) {
            throw failure(AssertionMessages.blockedTooLong(actual.displayName(), max,
                    tooLong.stream().map(t -> "  " + LockLines.blocked(t)).collect(Collectors.joining("\n"))));
        }
        return myself;
    }

    /** The forward script rewrites no existing table (no full copy under ACCESS EXCLUSIVE, whatever the table's size). */
    public MigrationStepAssert rewritesNoTable() {
        measured("to rewrite no table", Check.BLOCKING, Check.LOCK_RULES);
        if (!actual.rewrittenTables().isEmpty()) {
            throw failure(AssertionMessages.rewrote(actual.displayName(), LockLines.rewrites(actual.rewrites())));
        }
        return myself;
    }

    /** The forward script breaks no lock rule at any severity, except the rules this step allows. */
    public MigrationStepAssert violatesNoLockRule() {
        measured("to break no lock rule", Check.LOCK_RULES);
        judged(Check.LOCK_RULES);
        List<LockRuleBreach> breaches = actual.unallowedLockRuleBreaches();
        if (!breaches.isEmpty()) {
            throw failure(AssertionMessages.breaksLockRules(actual.displayName(), breaches.size(),
                    breaches.stream().map(b -> "  " + LockLines.breach(b)).collect(Collectors.joining("\n"))));
        }
        return myself;
    }

    /**
     * Accepts one lock rule for this step, for a reason a reviewer can judge, e.g.
     * {@code allowsLockRule("create-index-without-concurrently", "table is append-only, maintenance window")}.
     * Blocking is still measured and judged.
     */
    public MigrationStepAssert allowsLockRule(String rule, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("allowsLockRule(\"" + rule + "\", reason) needs a reason a reviewer can judge,"
                    + " e.g. \"table is append-only, maintenance window\".");
        }
        isNotNull();
        actual.takeOver(TakeOver.allowLockRule(rule, reason));
        return myself;
    }

    /**
     * The application declared with {@code @OldApplication} (the {@code @CurrentApplication} from the first post-deploy migration on)
     * got no error during or after the forward run that it did not get before it.
     */
    public MigrationStepAssert keepsOldApplicationWorking() {
        judged(Check.OLD_APPLICATION);
        isNotNull();
        Verdict verdict = actual.verdict(Check.OLD_APPLICATION);
        if (verdict.message().equals("not checked")) {
            throw failure(AssertionMessages.noOldApplication(actual.displayName(), "to keep the old application working"));
        }
        return passes(Check.OLD_APPLICATION);
    }

    /**
     * Accepts the old application's failures with this SQLSTATE on this step, for a reason a reviewer can judge, e.g.
     * {@code allowsOldApplicationError("42703", "the report page is switched off during the deploy")}.
     */
    public MigrationStepAssert allowsOldApplicationError(String sqlState, String reason) {
        actual.takeOver(StepFailures.oldApplicationErrorAllowed(sqlState, reason));
        return myself;
    }

    /** The old application's p99 latency during and after the forward run stayed under {@code p99} (measured on the copy). */
    public MigrationStepAssert keepsOldApplicationLatencyUnder(Duration p99) {
        isNotNull();
        io.github.migrationtest.ApplicationReport report = actual.oldApplication().orElseThrow(() -> failure(AssertionMessages
                .noOldApplication(actual.displayName(), "to keep the old application's p99 latency under " + p99.toMillis() + " ms")));
        for (io.github.migrationtest.ApplicationPhase phase : report.phases()) {
            if (!phase.name().equals("before") && phase.p99().compareTo(p99) >= 0) {
                throw failure(AssertionMessages.latencyOver(actual.displayName(), report.application(), p99, phase.p99().toMillis()
                        + " ms " + (phase.name().equals("forward") ? "during" : "after") + " the forward run (p50 "
                        + phase.p50().toMillis() + " ms, p95 " + phase.p95().toMillis() + " ms, " + phase.calls() + " calls)"));
            }
        }
        return myself;
    }

    /**
     * The forward run keeps the data of every table and column, and, when there is a down script, the down script
     * restores it and forward again reproduces it.
     */
    public MigrationStepAssert preservesData() {
        passes(Check.DATA_PRESERVED);
        return actual.undoScript().isPresent() ? passes(Check.DATA_RESTORED, Check.DATA_REPRODUCED) : myself;
    }

    /** After the down script every table holds exactly the data it held before the migration. */
    public MigrationStepAssert restoresData() {
        return passes(Check.DATA_RESTORED);
    }

    /**
     * The forward run loses or changes data in these places and nowhere else, and in each of them it does; a place is
     * a table ({@code customers}) or a column ({@code customers.legacy_code}), optionally schema-qualified.
     * Replaces the default DATA_PRESERVED check. A column or table named here that the migration drops cannot come back
     * from any down script, so DATA_RESTORED no longer counts its data (the rest of the round trip is still judged).
     */
    public MigrationStepAssert losesDataOnlyIn(String... places) {
        isNotNull();
        actual.takeOver(TakeOver.acceptLoss(List.of(places)));
        return declares(DeclaredLoss.FORWARD, places);
    }

    /**
     * The down script gives back all data except in these places, and in each of them it does not (e.g. a column the
     * migration dropped comes back empty); a place is a table or a column as in {@link #losesDataOnlyIn}.
     * Replaces the default DATA_RESTORED check.
     */
    public MigrationStepAssert restoresDataExceptIn(String... places) {
        return declares(DeclaredLoss.ROUND_TRIP, places);
    }

    private MigrationStepAssert declares(DeclaredLoss declaration, String... places) {
        judged(declaration.check());
        isNotNull();
        declaration.check(actual, List.of(places), failures()).ifPresent(e -> {
            throw e;
        });
        return myself;
    }

    /**
     * Every critical query keeps its plan (no lost index, no new whole-table scan of a big table, no cost growth past
     * the limit, the plan of before back after the down script), except the changes this step allows.
     */
    public MigrationStepAssert keepsQueryPlans() {
        measured("to keep its query plans", Check.PLANS);
        passes(Check.PLANS);
        if (actual.plans().isEmpty()) {
            throw failure(AssertionMessages.noCriticalQuery(actual.displayName(), actual.verdict(Check.PLANS).message()));
        }
        return myself;
    }

    /**
     * Accepts the plan change of one critical query for this step, for a reason a reviewer can judge, e.g.
     * {@code allowsPlanChange("orders of a customer", "the new composite index serves it")}.
     */
    public MigrationStepAssert allowsPlanChange(String query, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("allowsPlanChange(\"" + query + "\", reason) needs a reason a reviewer can judge,"
                    + " e.g. \"reports run at night only\".");
        }
        QueryPlanAssert.plan(actual, query, failures());
        actual.takeOver(TakeOver.allowPlanChange(query, reason));
        return myself;
    }

    /** Assertions on the plans of one critical query, e.g. {@code query("orders of a customer").usesIndex("orders_customer_id_idx")}. */
    public QueryPlanAssert query(String name) {
        isNotNull();
        measured("to have planned query \"" + name + "\"", Check.PLANS);
        return new QueryPlanAssert(actual, QueryPlanAssert.plan(actual, name, failures()), failures());
    }

    /** Assertions on the data of one table after the migration, e.g. {@code table("customers").column("full_name")}. */
    public TableDataAssert table(String table) {
        isNotNull();
        return new TableDataAssert(actual, table, failures(), tableFailures);
    }

    private MigrationStepAssert passes(Check... checks) {
        judged(checks);
        isNotNull();
        for (Check check : checks) {
            Verdict verdict = actual.verdict(check);
            if (verdict.outcome() != Verdict.Outcome.PASSED) {
                throw failure(AssertionMessages.shouldPass(actual.displayName(), verdict));
            }
        }
        return myself;
    }

    private void judged(Check... checks) {
        for (Check check : checks) {
            if (actual != null) {
                actual.takeOver(TakeOver.check(check));
            }
        }
    }

    /** Fails when every one of these checks was skipped, so that what the assertion needs was never measured. */
    private void measured(String expecting, Check... checks) {
        if (actual != null && Arrays.stream(checks).allMatch(check -> actual.verdict(check).skipped())) {
            throw failure(AssertionMessages.notMeasured(actual.displayName(), expecting, List.of(checks)));
        }
    }

    private AssertionError failure(String message) {
        return failures().failure(message);
    }

    private StepFailures failures() {
        return new StepFailures(info);
    }

    private static String lines(List<SchemaDifference> differences) {
        return differences.stream().map(d -> "  " + DifferenceText.of(d)).collect(Collectors.joining("\n"));
    }
}
